import { covering, expect, expectRule, test, verify } from '../../harness';

test.describe('issueToken', () => {
  test(...covering(['AUTH-TOKEN-001'], 'client credentials get a Bearer token that lasts 3600 s'), async ({ api, target }) => {
    const exchange = await api.call('issueToken', {
      auth: 'none',
      body: { clientId: target.partner.clientId, clientSecret: target.partner.clientSecret, grantType: 'client_credentials' },
    });
    verify(exchange, { status: 200, requirements: ['AUTH-TOKEN-001'] });
    const token = exchange.response!.json as { token_type: string; expires_in: number };
    expectRule('AUTH-TOKEN-001', 'the token lifetime (integration-guide/authentication: 3600 s)', token.expires_in, 3600);
    expect(token.token_type).toBe('Bearer');
  });

  test(...covering(['AUTH-TOKEN-002'], 'a wrong client secret gets 401 and no token'), async ({ api, target }) => {
    const exchange = await api.call('issueToken', {
      auth: 'none',
      body: { clientId: target.partner.clientId, clientSecret: `${target.partner.clientSecret}-wrong`, grantType: 'client_credentials' },
    });
    verify(exchange, { status: 401, requirements: ['AUTH-TOKEN-002'] });
  });
});
