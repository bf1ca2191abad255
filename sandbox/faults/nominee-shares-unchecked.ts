import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('nominee-shares-unchecked')`. */
export default defineFault({
  name: 'nominee-shares-unchecked',
  reason: 'Nominee shares that do not total 100 are accepted.',
  trips: ['CUST-NOMINEE-002'],
});
