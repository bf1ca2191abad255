import { defineFault } from './fault';
import { preferences } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('upper-limit-unenforced')`. */
export default defineFault({
  name: 'upper-limit-unenforced',
  reason: 'Preference limits above the product upper limit are accepted.',
  trips: ['CARD-PREF-003'],
  demonstrate: async (api) => (await preferences(api, (await api.card()).kitNo, [{ type: 'ATM', maxTransaction: '21' }])).statusCode,
});
