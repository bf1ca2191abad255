import { defineFault } from './fault';
import { heldAfter } from './scenario-steps';

/** A switch: REMOVE of an existing lien asks `faults.active('lien-remove-ignored')`. */
export default defineFault({
  name: 'lien-remove-ignored',
  reason: 'REMOVE answers 200 but the lien stays held.',
  trips: ['WALLET-LIEN-003', 'MONEY-LIEN-002'],
  demonstrate: async (api) => heldAfter(api, [['ADD', 100], ['REMOVE', 100]]),
});
