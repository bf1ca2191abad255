import { defineFault } from './fault';

export default defineFault({
  name: 'token-short-lifetime',
  reason: 'Tokens say they last 60 s instead of the documented 3600 s.',
  trips: ['AUTH-TOKEN-001'],
  rewrite(exchange) {
    if (exchange.operationId === 'issueToken' && exchange.status === 200) exchange.body.expires_in = 60;
  },
  demonstrate: async (api) =>
    (await api.post('/auth/token', { clientId: 'acme-partner', clientSecret: 'acme-partner-secret', grantType: 'client_credentials' })).json().expires_in,
});
