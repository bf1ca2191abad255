import { defineFault, isEnvelope } from './fault';
import { preferences } from './scenario-steps';

export default defineFault({
  name: 'preferences-wrong-message',
  reason: 'A successful preference update answers "Saved" instead of "Preferences updated successfully.".',
  trips: ['CARD-PREF-001'],
  rewrite(exchange) {
    if (exchange.operationId === 'updateCardPreferences' && exchange.status === 200 && isEnvelope(exchange.body)) {
      exchange.body.result = { message: 'Saved' };
    }
  },
  demonstrate: async (api) => (await preferences(api, (await api.card()).kitNo, [{ type: 'ATM', enabled: true }])).json().result,
});
