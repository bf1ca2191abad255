import { defineFault } from './fault';

/** A switch: REMOVE of an existing lien asks `faults.active('lien-remove-ignored')`. */
export default defineFault({
  name: 'lien-remove-ignored',
  reason: 'REMOVE answers 200 but the lien stays held.',
  trips: ['WALLET-LIEN-003', 'MONEY-LIEN-002'],
});
