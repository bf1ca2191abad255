import { defineFault } from './fault';
import { nominees } from './scenario-steps';

/** Lets a nominee share outside 1 to 100 through request validation (the total check still runs). */
export default defineFault({
  name: 'nominee-share-range-unchecked',
  reason: 'A single nominee share of 101 gets the business error for the total, not 400 on percentShare.',
  trips: ['CUST-NOMINEE-004'],
  waives: { operations: ['updateNominee'], fields: ['nominees[0].percentShare', 'nominees[1].percentShare'], keywords: ['minimum', 'maximum'] },
  demonstrate: async (api) => (await nominees(api, [{ name: 'A', relationship: 'Son', percentShare: 101 }])).json().type,
});
