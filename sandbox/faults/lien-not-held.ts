import { defineFault } from './fault';
import { heldAfter } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('lien-not-held')`. */
export default defineFault({
  name: 'lien-not-held',
  reason: 'ADD records the lien but does not lower the available balance.',
  trips: ['WALLET-LIEN-001'],
  demonstrate: async (api) => heldAfter(api, [['ADD', 100]]),
});
