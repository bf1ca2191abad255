import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('nominee-first-share-only')`. */
export default defineFault({
  name: 'nominee-first-share-only',
  reason: "Only the first nominee's share is checked against 100, so 60/40 is refused.",
  trips: ['CUST-NOMINEE-001'],
});
