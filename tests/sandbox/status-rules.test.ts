import assert from 'node:assert/strict';
import test from 'node:test';
import { loadMatrices, outcomeFor } from '../../harness/matrices/matrices';
import { accountAnswer, type AccountStatus, type CardStatus, type CardStatusRequest, judgeCardRequest } from '../../sandbox/rules/status-rules';
import { sandbox, type Api, type ClientName } from './helpers';

/**
 * The sandbox's reading of the status pages (sandbox/rules/status-rules.ts) against the suite's (fixtures/matrices/),
 * cell by cell and actor by actor: the status, the business code, the status after, and, for cards, whether the answer
 * is "already". Two readings written apart: a wrong cell or a wrong rule shows here, not as a fault of the real API.
 */
test('the sandbox answers every cell of every matrix as the matrix expects, for every actor', () => {
  const differences: string[] = [];
  for (const matrix of loadMatrices()) {
    for (const cell of matrix.cells) {
      for (const actor of ['partner', 'support'] as const) {
        const expected = outcomeFor(cell, actor);
        const want = { status: expected.status, code: expected.businessCode, becomes: expected.becomes, already: expected.message !== undefined };
        const got = matrix.entity === 'card' ? cardAnswer(cell.from, cell.to) : accountCell(cell.from, cell.to, actor);
        if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(`${matrix.matrix} ${cell.id} ${cell.from} → ${cell.to} (${actor}): sandbox ${JSON.stringify(got)}, matrix ${JSON.stringify(want)}`);
      }
    }
  }
  assert.deepEqual(differences, []);
});

/** The sandbox's answer to an account cell, in the matrix's terms: every refusal but the role's is 409 PPCUST_032. */
function accountCell(from: string, to: string, role: 'partner' | 'support') {
  const answer = accountAnswer(from as AccountStatus, to as AccountStatus, role);
  return { status: answer.status, code: answer.status === 409 ? 'PPCUST_032' : undefined, becomes: answer.status === 200 ? answer.becomes : undefined, already: false };
}

/** The sandbox's answer to a card cell: a refusal is 409 PPCUST_032 (the reference side of invalid-card-transition-code). */
function cardAnswer(from: string, to: string) {
  const verdict = judgeCardRequest(from as CardStatus, to as CardStatusRequest);
  if (verdict.outcome === 'refused') return { status: 409, code: 'PPCUST_032', becomes: undefined, already: false };
  return { status: 200, code: undefined, becomes: verdict.outcome === 'move' ? verdict.to : from, already: verdict.outcome === 'already' };
}

test('a waived rule lets its requests through: how planted faults switch one rule off', () => {
  assert.deepEqual(accountAnswer('CLOSED', 'ACTIVE', 'partner', (rule) => rule === 'terminal'), { status: 200, becomes: 'ACTIVE' });
  assert.equal(accountAnswer('CLOSED', 'CLOSED', 'partner', (rule) => rule === 'terminal').status, 409);
  assert.deepEqual(accountAnswer('FRAUD', 'ACTIVE', 'partner', (rule) => rule === 'support-only'), { status: 200, becomes: 'ACTIVE' });
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
