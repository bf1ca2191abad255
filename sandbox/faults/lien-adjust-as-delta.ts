import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('lien-adjust-as-delta')`. */
export default defineFault({
  name: 'lien-adjust-as-delta',
  reason: 'ADJUST adds lienAmount to the lien instead of setting the new total.',
  trips: ['WALLET-LIEN-002'],
});
