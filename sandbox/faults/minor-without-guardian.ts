import { defineFault } from './fault';
import { nominees } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('minor-without-guardian')`. */
export default defineFault({
  name: 'minor-without-guardian',
  reason: 'A minor nominee without a guardian is accepted.',
  trips: ['CUST-NOMINEE-003'],
  demonstrate: async (api) => (await nominees(api, [{ name: 'A', relationship: 'Son', percentShare: 100, minor: true }])).statusCode,
});
