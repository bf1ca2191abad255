import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import test from 'node:test';
import { SignJWT } from 'jose';
import { buildSandbox } from '../../sandbox/app';
import { Api, sandbox } from './helpers';

const credentials = { clientId: 'acme-partner', clientSecret: 'acme-partner-secret', grantType: 'client_credentials' };

test('client credentials get a bare Bearer token lasting 3600 s, an RS256 JWT with tenant and role', async () => {
  const { app } = sandbox();
  const response = await app.inject({ method: 'POST', url: '/auth/token', payload: credentials });
  assert.equal(response.statusCode, 200);
  const body = response.json();
  assert.deepEqual(Object.keys(body).sort(), ['access_token', 'expires_in', 'token_type']);
  assert.equal(body.token_type, 'Bearer');
  assert.equal(body.expires_in, 3600);
  const [header, payload] = body.access_token.split('.').slice(0, 2).map((part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()));
  assert.equal(header.alg, 'RS256');
  assert.equal(payload.sub, 'acme-partner');
  assert.equal(payload.tenant, 'ACME_CORP');
  assert.equal(payload.role, 'partner');
  assert.equal(payload.exp - payload.iat, 3600);
});

test('the support client gets the support role', async () => {
  const api = sandbox();
  const payload = JSON.parse(Buffer.from((await api.token('support')).split('.')[1], 'base64url').toString());
  assert.equal(payload.role, 'support');
});

for (const [label, body] of [
  ['a wrong secret', { ...credentials, clientSecret: 'nope' }],
  ['an unknown client', { ...credentials, clientId: 'nobody' }],
  ['another client\'s secret', { ...credentials, clientSecret: 'acme-support-secret' }],
] as const) {
  test(`${label} gets 401 problem-with-message and no token`, async () => {
    const { app } = sandbox();
    const response = await app.inject({ method: 'POST', url: '/auth/token', payload: body });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().message, 'error.http.401');
    assert.equal(response.json().title, 'Unauthorized');
    assert.equal(response.json().access_token, undefined);
  });
}

test('a token request without clientSecret is a constraint violation; a wrong grantType cannot be read', async () => {
  const { app } = sandbox();
  const missing = await app.inject({ method: 'POST', url: '/auth/token', payload: { clientId: 'acme-partner', grantType: 'client_credentials' } });
  assert.equal(missing.statusCode, 400);
  assert.deepEqual(missing.json().fieldErrors, [{ field: 'clientSecret', message: 'must not be null' }]);
  const grant = await app.inject({ method: 'POST', url: '/auth/token', payload: { ...credentials, grantType: 'password' } });
  assert.equal(grant.statusCode, 400);
  assert.equal(grant.json().detail, 'Unable to convert http message');
});

const FETCH = '/prepaid/customer/v1/customers/fetch';

async function fetchWith(app: Api['app'], headers: Record<string, string>) {
  return app.inject({ method: 'POST', url: FETCH, headers, payload: { entityId: '1' } });
}

test('no bearer, a malformed one, or a token signed by another key gets 401 error.http.401', async () => {
  const { app } = sandbox();
  const foreignKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const forged = await new SignJWT({ tenant: 'ACME_CORP', role: 'support' })
    .setProtectedHeader({ alg: 'RS256' }).setSubject('acme-support').setIssuedAt().setExpirationTime('1h').sign(foreignKey);
  for (const authorization of [undefined, 'Basic abc', 'Bearer', 'Bearer not.a.jwt', `Bearer ${forged}`]) {
    const response = await fetchWith(app, { 'x-tenant-id': 'ACME_CORP', ...(authorization ? { authorization } : {}) });
    assert.equal(response.statusCode, 401, String(authorization));
    assert.equal(response.json().title, 'Unauthorized');
    assert.equal(response.json().message, 'error.http.401');
  }
});

test('an expired token gets 401', async () => {
  let now = new Date('2026-01-01T00:00:00Z');
  const api = new Api(buildSandbox({ now: () => now }));
  const token = await api.token();
  const fresh = await fetchWith(api.app, { authorization: `Bearer ${token}`, 'x-tenant-id': 'ACME_CORP' });
  assert.equal(fresh.statusCode, 409); // authenticated: the unknown customer is the answer
  now = new Date('2026-01-01T01:00:01Z');
  const expired = await fetchWith(api.app, { authorization: `Bearer ${token}`, 'x-tenant-id': 'ACME_CORP' });
  assert.equal(expired.statusCode, 401);
});

test('a missing X-TENANT-ID gets 400 problem-with-message; another tenant\'s or an unknown one gets 403', async () => {
  const api = sandbox();
  const missing = await api.call('fetchCustomer', { entityId: '1' }, { tenant: null });
  assert.equal(missing.statusCode, 400);
  assert.equal(missing.json().message, 'error.http.400');
  for (const tenant of ['GLOBEX', 'NOBODY']) {
    const response = await api.call('fetchCustomer', { entityId: '1' }, { tenant });
    assert.equal(response.statusCode, 403, tenant);
    assert.equal(response.json().message, 'error.http.403');
  }
});

test('the bearer is checked before the body is read', async () => {
  const { app } = sandbox();
  const response = await app.inject({ method: 'POST', url: FETCH, headers: { 'content-type': 'application/json' }, payload: '{' });
  assert.equal(response.statusCode, 401);
});
