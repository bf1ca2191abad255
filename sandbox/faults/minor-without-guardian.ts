import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('minor-without-guardian')`. */
export default defineFault({
  name: 'minor-without-guardian',
  reason: 'A minor nominee without a guardian is accepted.',
  trips: ['CUST-NOMINEE-003'],
});
