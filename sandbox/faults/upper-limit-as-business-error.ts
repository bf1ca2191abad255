import { defineFault } from './fault';
import { preferences } from './scenario-steps';

/**
 * PPCUST_036 is a documented 409 of the operation, so no contract check objects and the limit is still refused:
 * only the check of the exact answer (CARD-PREF-008, an inferred SHOULD) notices.
 */
export default defineFault({
  name: 'upper-limit-as-business-error',
  reason: 'A preference limit above the product upper limit is rejected with 409 PPCUST_036 instead of 400 naming the field.',
  trips: ['CARD-PREF-008'],
  demonstrate: async (api) => (await preferences(api, (await api.card()).kitNo, [{ type: 'ATM', maxTransaction: '21' }])).statusCode,
});
