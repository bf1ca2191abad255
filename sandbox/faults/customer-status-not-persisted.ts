import { defineFault } from './fault';

/**
 * A switch: the rule it breaks asks `faults.active('customer-status-not-persisted')`. The terminal-status
 * test is not tripped: its CLOSED customer stays ACTIVE, and ACTIVE → ACTIVE is refused with the same code.
 */
export default defineFault({
  name: 'customer-status-not-persisted',
  reason: 'A customer status change answers the new status but is not saved.',
  trips: ['CUST-STATUS-001', 'CUST-STATUS-002', 'CUST-STATUS-004'],
});
