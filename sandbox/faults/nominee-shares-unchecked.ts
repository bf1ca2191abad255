import { defineFault } from './fault';
import { nominees } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('nominee-shares-unchecked')`. */
export default defineFault({
  name: 'nominee-shares-unchecked',
  reason: 'Nominee shares that do not total 100 are accepted.',
  trips: ['CUST-NOMINEE-002'],
  demonstrate: async (api) => (await nominees(api, [{ name: 'A', relationship: 'Son', percentShare: 90 }])).statusCode,
});
