import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('usage-ignores-loads')`. */
export default defineFault({
  name: 'usage-ignores-loads',
  reason: 'Usage figures do not move when the wallet is loaded.',
  trips: ['CUST-USAGE-003'],
});
