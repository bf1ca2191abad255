import { defineFault } from './fault';
import { heldAfter } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('lien-remove-honours-amount')`. */
export default defineFault({
  name: 'lien-remove-honours-amount',
  reason: 'REMOVE releases only lienAmount instead of the whole lien.',
  trips: ['WALLET-LIEN-003'],
  demonstrate: async (api) => heldAfter(api, [['ADD', 100], ['REMOVE', 30]]),
});
