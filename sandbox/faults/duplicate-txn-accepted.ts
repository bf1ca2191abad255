import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('duplicate-txn-accepted')`. */
export default defineFault({
  name: 'duplicate-txn-accepted',
  reason: 'A repeated txnRef loads the wallet a second time instead of 409.',
  trips: ['DATA-LOAD-002', 'MONEY-IDEM-001', 'MONEY-IDEM-002'],
});
