import { defineFault } from './fault';
import { nominees } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('nominee-first-share-only')`. */
export default defineFault({
  name: 'nominee-first-share-only',
  reason: "Only the first nominee's share is checked against 100, so 60/40 is refused.",
  trips: ['CUST-NOMINEE-001'],
  demonstrate: async (api) =>
    (await nominees(api, [{ name: 'A', relationship: 'Son', percentShare: 60 }, { name: 'B', relationship: 'Son', percentShare: 40 }])).statusCode,
});
