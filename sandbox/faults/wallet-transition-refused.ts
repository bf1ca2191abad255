import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('wallet-transition-refused')`. */
export default defineFault({
  name: 'wallet-transition-refused',
  reason: 'Wallet ACTIVE → LOCKED is refused with PPCUST_032 although the docs allow it.',
  trips: ['WALLET-STATUS-001'],
});
