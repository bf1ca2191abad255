import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('token-any-secret')`. */
export default defineFault({
  name: 'token-any-secret',
  reason: '/auth/token issues a token for a known client whatever the clientSecret.',
  trips: ['AUTH-TOKEN-002'],
  demonstrate: async (api) =>
    (await api.post('/auth/token', { clientId: 'acme-partner', clientSecret: 'wrong', grantType: 'client_credentials' })).statusCode,
});
