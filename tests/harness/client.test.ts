import type { APIRequestContext } from '@playwright/test';
import assert from 'node:assert/strict';
import test from 'node:test';
import { EnvironmentError, RENEW_BEFORE_MS, TokenCache, tokenOf } from '../../harness/environment/auth';
import { ApiClient, ExchangeLog } from '../../harness/environment/client';
import { loadTarget } from '../../harness/environment/env';
import { classify } from '../../harness/reporting/exchange';

const target = loadTarget({ env: { SEED: 'fixed' } });

interface Sent {
  url: string;
  method?: string;
  headers: Record<string, string>;
  data?: Buffer;
}

/** A stand-in for Playwright's APIRequestContext: answers from a function and remembers what was sent. */
function fakeContext(answer: (sent: Sent) => { status: number; body?: unknown; text?: string } | Error) {
  const sent: Sent[] = [];
  const context = {
    async fetch(url: string, options: Omit<Sent, 'url'>) {
      const request = { url, ...options };
      sent.push(request);
      const reply = answer(request);
      if (reply instanceof Error) throw reply;
      const text = reply.text ?? JSON.stringify(reply.body);
      return {
        status: () => reply.status,
        headers: () => ({ 'content-type': 'application/json' }),
        text: async () => text,
        dispose: async () => {},
      };
    },
  } as unknown as APIRequestContext;
  return { context, sent };
}

const tokenAnswer = (sent: Sent) =>
  sent.url.endsWith('/auth/token') ? { status: 200, body: { access_token: `tok-${sent.headers['X-TENANT-ID']}`, token_type: 'Bearer', expires_in: 3600 } } : { status: 200, body: {} };

test('a token is fetched once per credential set and reused until a minute before it expires', async () => {
  const { context, sent } = fakeContext(tokenAnswer);
  let now = 1_000_000;
  const tokens = new TokenCache(context, target, () => now);
  assert.equal(await tokens.token(target.partner), 'tok-ACME_CORP');
  await Promise.all([tokens.token(target.partner), tokens.token(target.partner)]);
  assert.equal(sent.length, 1);
  assert.deepEqual(JSON.parse(sent[0].data!.toString()), { clientId: 'acme-partner', clientSecret: 'acme-partner-secret', grantType: 'client_credentials' });
  await tokens.token(target.secondTenant!);
  assert.equal(sent.length, 2, 'another credential set gets its own token');
  now += 3600_000 - RENEW_BEFORE_MS - 1;
  await tokens.token(target.partner);
  assert.equal(sent.length, 2, 'still valid');
  now += 2;
  await tokens.token(target.partner);
  assert.equal(sent.length, 3, 'renewed a minute before expiry');
});

test('no token is an environment error in one line, without the secret, and is not cached', async () => {
  const { context, sent } = fakeContext(() => ({ status: 401, body: { title: 'Unauthorized' } }));
  const tokens = new TokenCache(context, target);
  await assert.rejects(
    () => tokens.token(target.partner),
    (error: Error) =>
      error instanceof EnvironmentError &&
      /^ENVIRONMENT ERROR: no partner token for client "acme-partner" from POST http:\/\/127\.0\.0\.1:4010\/auth\/token: HTTP 401/.test(error.message) &&
      !error.message.includes('acme-partner-secret') &&
      !error.message.includes('\n'),
  );
  await assert.rejects(() => tokens.token(target.partner));
  assert.equal(sent.length, 2);
  const timedOut = {
    operationId: 'issueToken',
    request: { method: 'POST', url: 'http://127.0.0.1:4010/auth/token', headers: {} },
    transportError: { kind: 'timeout' as const, message: 'Timeout 15000ms exceeded.' },
    timing: { startedAt: '2026-11-25T00:00:00.000Z', durationMs: 15000 },
  };
  assert.equal(tokenOf(timedOut), 'timeout: Timeout 15000ms exceeded.');
});

test('call builds the request from the contract, with bearer, tenant, content type and a request ID', async () => {
  const { context, sent } = fakeContext(tokenAnswer);
  const log = new ExchangeLog();
  const api = new ApiClient(context, target, new TokenCache(context, target), target.partner, log);
  const exchange = await api.call('updateNominee', { pathParams: { entityId: 'E 1' }, query: { pageNo: 0 }, body: { nominees: [] } });
  const call = sent[1];
  assert.equal(call.url, 'http://127.0.0.1:4010/prepaid/customer/v1/customers/support/nominee/E%201?pageNo=0');
  assert.equal(call.method, 'POST');
  assert.equal(call.headers.Authorization, 'Bearer tok-ACME_CORP');
  assert.equal(call.headers['X-TENANT-ID'], 'ACME_CORP');
  assert.equal(call.headers['Content-Type'], 'application/json');
  assert.match(call.headers['X-Request-ID'], /^[0-9a-f-]{36}$/);
  assert.equal(call.data!.toString(), '{"nominees":[]}');
  assert.deepEqual(log.exchanges, [exchange]);
  assert.equal(exchange.response?.status, 200);
  assert.match(exchange.timing.startedAt, /^\d{4}-\d{2}-\d{2}T/);
});

test('a GET with a path parameter goes out as a GET, the parameter encoded, with neither body nor Content-Type', async () => {
  const { context, sent } = fakeContext(tokenAnswer);
  const api = new ApiClient(context, target, new TokenCache(context, target), target.partner);
  const exchange = await api.call('fetchTransactionByExternalId', { pathParams: { externalTransactionId: 'ext 1/2' } });
  const call = sent[1];
  assert.equal(call.method, 'GET');
  assert.equal(call.url, 'http://127.0.0.1:4010/prepaid/customer/v1/transactions/status/ext%201%2F2');
  assert.equal(call.data, undefined);
  assert.equal(call.headers['Content-Type'], undefined);
  assert.equal(call.headers.Authorization, 'Bearer tok-ACME_CORP');
  assert.equal(call.headers['X-TENANT-ID'], 'ACME_CORP');
  assert.equal(exchange.request.body, undefined);
  await assert.rejects(() => api.call('fetchTransactionByExternalId'), /needs path parameter "externalTransactionId"/);
});

test('call options: no auth, an explicit token, no tenant header, a removed header, a raw body sent byte for byte', async () => {
  const { context, sent } = fakeContext(tokenAnswer);
  const api = new ApiClient(context, target, new TokenCache(context, target), target.partner);
  await api.call('fetchCustomer', { auth: 'none', tenant: null, headers: { 'content-type': null }, rawBody: '{"entityId": ' });
  assert.equal(sent[0].headers.Authorization, undefined);
  assert.equal(sent[0].headers['X-TENANT-ID'], undefined);
  assert.equal(sent[0].headers['Content-Type'], undefined);
  assert.equal(sent[0].data!.toString(), '{"entityId": ');
  await api.call('fetchCustomer', { auth: { token: 'given' }, tenant: 'GLOBEX' });
  assert.equal(sent[1].headers.Authorization, 'Bearer given');
  assert.equal(sent[1].headers['X-TENANT-ID'], 'GLOBEX');
  await api.call('issueToken', { body: {} });
  assert.equal(sent[2].headers.Authorization, undefined, 'issueToken is not secured: no bearer by default');
});

test('call never throws for what the network does: transport errors are recorded and classified', async () => {
  const { context } = fakeContext(() => new Error('apiRequestContext.fetch: connect ECONNREFUSED 127.0.0.1:4010\nCall log: ...'));
  const api = new ApiClient(context, target, new TokenCache(context, target), target.partner);
  const exchange = await api.call('fetchCustomer', { auth: 'none', body: {} });
  assert.deepEqual(exchange.transportError, { kind: 'connection', message: 'connect ECONNREFUSED 127.0.0.1:4010' });
  assert.equal(exchange.response, undefined);
  assert.equal(classify(new Error('Timeout 15000ms exceeded.')).kind, 'timeout');
  assert.equal(classify(new Error('something odd')).kind, 'other');
});

test('call refuses what is a defect of the test: unknown operations, missing path parameters', async () => {
  const { context } = fakeContext(tokenAnswer);
  const api = new ApiClient(context, target, new TokenCache(context, target), target.partner);
  await assert.rejects(() => api.call('noSuchOperation'), /unknown operationId/);
  await assert.rejects(() => api.call('updateNominee', { auth: 'none' }), /needs path parameter "entityId"/);
});
