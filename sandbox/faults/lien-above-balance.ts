import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('lien-above-balance')`. */
export default defineFault({
  name: 'lien-above-balance',
  reason: 'ADD with balanceCheck accepts an amount above the available balance.',
  trips: ['WALLET-LIEN-004'],
});
