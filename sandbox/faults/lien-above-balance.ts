import { defineFault } from './fault';
import { heldAfter } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('lien-above-balance')`. */
export default defineFault({
  name: 'lien-above-balance',
  reason: 'ADD with balanceCheck accepts an amount above the available balance.',
  trips: ['WALLET-LIEN-004'],
  demonstrate: async (api) => heldAfter(api, [['ADD', 5000]]),
});
