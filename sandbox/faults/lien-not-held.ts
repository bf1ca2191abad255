import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('lien-not-held')`. */
export default defineFault({
  name: 'lien-not-held',
  reason: 'ADD records the lien but does not lower the available balance.',
  trips: ['WALLET-LIEN-001'],
});
