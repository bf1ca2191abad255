import assert from 'node:assert/strict';
import test from 'node:test';
import { ACCOUNT_STATUSES, transitionOutcome, type AccountStatus } from '../../sandbox/rules/status-rules';
import { sandbox, type Api, type ClientName } from './helpers';

test('the account matrices the sandbox reads hold the documented rules: same-status, terminal, support-only, else allowed', () => {
  for (const matrix of ['customer-status', 'wallet-status'] as const) {
    for (const from of ACCOUNT_STATUSES) {
      for (const to of ACCOUNT_STATUSES) {
        const restricted = ['FRAUD', 'BLOCKED'].includes(from) && from !== to;
        const refused = from === to || ['CLOSED', 'EXPIRED'].includes(from);
        const partner = refused ? 409 : restricted ? 403 : 200;
        assert.equal(transitionOutcome(matrix, from, to, 'partner').status, partner, `${matrix} ${from} → ${to}`);
        assert.equal(transitionOutcome(matrix, from, to, 'support').status, restricted ? 200 : partner, `${matrix} support ${from} → ${to}`);
      }
    }
  }
});

test('a waived rule lets its cells through: how planted faults switch one rule off', () => {
  assert.deepEqual(transitionOutcome('customer-status', 'CLOSED', 'ACTIVE', 'partner', (rule) => rule === 'terminal'), { actor: 'partner', status: 200, becomes: 'ACTIVE' });
  assert.equal(transitionOutcome('customer-status', 'CLOSED', 'CLOSED', 'partner', (rule) => rule === 'terminal').status, 409);
});

async function customerIn(api: Api, status: AccountStatus) {
  const customer = await api.customer();
  if (status !== 'ACTIVE') {
    const moved = await api.call('updateCustomerStatus', { entityId: customer.entityId, status }, { as: 'support' });
    assert.equal(moved.statusCode, 200);
  }
  return customer.entityId;
}

async function setCustomer(api: Api, entityId: string, status: AccountStatus, as: ClientName = 'partner') {
  return api.call('updateCustomerStatus', { entityId, status }, { as });
}

test('an allowed customer change answers 200 and echoes entityId and status', async () => {
  const api = sandbox();
  const entityId = await customerIn(api, 'ACTIVE');
  const response = await setCustomer(api, entityId, 'CREDIT_FREEZE');
  assert.equal(response.statusCode, 200);
  assert.deepEqual(response.json(), { result: { entityId, status: 'CREDIT_FREEZE' }, pagination: null });
});

test('same → same is 409 PPCUST_032 with the documented title', async () => {
  const api = sandbox();
  const entityId = await customerIn(api, 'CREDIT_FREEZE');
  const response = await setCustomer(api, entityId, 'CREDIT_FREEZE');
  assert.equal(response.statusCode, 409);
  assert.deepEqual(response.json(), {
    type: 'https://www.m2pfintech.com/problem/problem-with-message',
    title: 'Invalid Status Transition from : CREDIT_FREEZE to CREDIT_FREEZE',
    status: 409,
    detail: 'Invalid Status Transition from : CREDIT_FREEZE to CREDIT_FREEZE',
    message: 'error.business',
    businessCode: 'PPCUST_032',
  });
});

test('CLOSED and EXPIRED customers cannot change, even for support', async () => {
  const api = sandbox();
  for (const terminal of ['CLOSED', 'EXPIRED'] as const) {
    const entityId = await customerIn(api, terminal);
    for (const as of ['partner', 'support'] as const) {
      const response = await setCustomer(api, entityId, 'ACTIVE', as);
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().businessCode, 'PPCUST_032');
    }
  }
});

test('FRAUD and BLOCKED customers change only for support; the partner gets 403', async () => {
  const api = sandbox();
  for (const restricted of ['FRAUD', 'BLOCKED'] as const) {
    const entityId = await customerIn(api, restricted);
    const partner = await setCustomer(api, entityId, 'ACTIVE');
    assert.equal(partner.statusCode, 403);
    assert.equal(partner.json().message, 'error.http.403');
    const support = await setCustomer(api, entityId, 'ACTIVE', 'support');
    assert.equal(support.statusCode, 200);
  }
});

test('an unknown customer is 409 PPCUST_002', async () => {
  const response = await setCustomer(sandbox(), 'nobody', 'ACTIVE');
  assert.equal(response.statusCode, 409);
  assert.equal(response.json().businessCode, 'PPCUST_002');
});

test('wallets follow the same rules; an unknown wallet is 409 PPCUST_010', async () => {
  const api = sandbox();
  const { accountId } = await api.card();
  const set = (status: string, as: ClientName = 'partner') => api.call('updateWalletStatus', { accountId, status }, { as });
  assert.deepEqual((await set('LOCKED')).json(), { result: { accountId, status: 'LOCKED' }, pagination: null });
  assert.equal((await set('LOCKED')).json().businessCode, 'PPCUST_032');
  assert.equal((await set('ACTIVE')).statusCode, 200);
  assert.equal((await set('FRAUD')).statusCode, 200);
  assert.equal((await set('ACTIVE')).statusCode, 403);
  assert.equal((await set('CLOSED', 'support')).statusCode, 200);
  assert.equal((await set('ACTIVE', 'support')).json().businessCode, 'PPCUST_032');
  const unknown = await api.call('updateWalletStatus', { accountId: 'nope', status: 'ACTIVE' });
  assert.equal(unknown.json().businessCode, 'PPCUST_010');
  const balance = await api.balance((await api.card()).entityId);
  assert.equal(balance.status, 'ACTIVE');
});
