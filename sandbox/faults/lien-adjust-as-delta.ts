import { defineFault } from './fault';
import { heldAfter } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('lien-adjust-as-delta')`. */
export default defineFault({
  name: 'lien-adjust-as-delta',
  reason: 'ADJUST adds lienAmount to the lien instead of setting the new total.',
  // As a delta, ADJUST by 0 changes nothing and is accepted, where a new total of 0 must be refused (lien.json).
  trips: ['WALLET-LIEN-002', 'WALLET-LIEN-006'],
  demonstrate: async (api) => heldAfter(api, [['ADD', 100], ['ADJUST', 150]]),
});
