import assert from 'node:assert/strict';
import test from 'node:test';
import { judgeCardRequest } from '../../sandbox/rules/status-rules';
import { sandbox, type Api } from './helpers';

test('the card table: only ACTIVE locks or blocks, only LOCKED unlocks, the current status is "already"', () => {
  assert.deepEqual(judgeCardRequest('ACTIVE', 'LOCKED'), { outcome: 'move', to: 'LOCKED' });
  assert.deepEqual(judgeCardRequest('ACTIVE', 'BLOCKED'), { outcome: 'move', to: 'BLOCKED' });
  assert.deepEqual(judgeCardRequest('LOCKED', 'UNLOCKED'), { outcome: 'move', to: 'ACTIVE' });
  assert.deepEqual(judgeCardRequest('LOCKED', 'LOCKED'), { outcome: 'already' });
  assert.deepEqual(judgeCardRequest('BLOCKED', 'BLOCKED'), { outcome: 'already' });
  assert.deepEqual(judgeCardRequest('ACTIVE', 'UNLOCKED'), { outcome: 'already' });
  assert.deepEqual(judgeCardRequest('LOCKED', 'BLOCKED'), { outcome: 'refused' });
  assert.deepEqual(judgeCardRequest('BLOCKED', 'LOCKED'), { outcome: 'refused' });
  assert.deepEqual(judgeCardRequest('BLOCKED', 'UNLOCKED'), { outcome: 'refused' });
});

async function setCard(api: Api, card: { entityId: string; kitNo: string }, status: string) {
  return api.call('updateCardStatus', { entityId: card.entityId, kitNo: card.kitNo, status, reasonCode: 'CUST_REQ' });
}

async function cardStatus(api: Api, entityId: string) {
  return (await api.call('fetchAllCards', { entityId })).json().result[0].cardStatus;
}

test('an issued card is ACTIVE, masked, with a numeric kit and one wallet in the product currency', async () => {
  const api = sandbox();
  const card = await api.card({ productId: 'FOREX_USD' });
  assert.match(card.kitNo, /^\d+$/);
  assert.match(card.maskedCardNumber, /^\d{4}X{8}\d{4}$/);
  const [listed] = (await api.call('fetchAllCards', { entityId: card.entityId })).json().result;
  assert.equal(listed.cardStatus, 'ACTIVE');
  assert.deepEqual(listed.wallets, [{ accountId: card.accountId, currency: 'USD', balance: 0, status: 'ACTIVE' }]);
  const unknownProduct = await api.call('issueCard', { applicationNumber: 'A', entityId: card.entityId, productId: 'NOPE' });
  assert.equal(unknownProduct.json().businessCode, 'PPCUST_010');
  const unknownCustomer = await api.call('issueCard', { applicationNumber: 'A', entityId: 'nobody', productId: 'GPR_INR' });
  assert.equal(unknownCustomer.json().businessCode, 'PPCUST_002');
});

test('lock then unlock an ACTIVE card', async () => {
  const api = sandbox();
  const card = await api.card();
  const lock = await setCard(api, card, 'LOCKED');
  assert.deepEqual(lock.json().result, { kitNo: card.kitNo, status: 'LOCKED', message: 'Card locked successfully' });
  assert.equal(await cardStatus(api, card.entityId), 'LOCKED');
  assert.equal((await setCard(api, card, 'UNLOCKED')).json().result.status, 'ACTIVE');
  assert.equal(await cardStatus(api, card.entityId), 'ACTIVE');
});

test('a request for the current status succeeds with "Card was already <STATUS>"', async () => {
  const api = sandbox();
  const card = await api.card();
  assert.equal((await setCard(api, card, 'UNLOCKED')).json().result.message, 'Card was already UNLOCKED');
  await setCard(api, card, 'LOCKED');
  const again = await setCard(api, card, 'LOCKED');
  assert.equal(again.statusCode, 200);
  assert.equal(again.json().result.message, 'Card was already LOCKED');
  const blocked = await api.card();
  await setCard(api, blocked, 'BLOCKED');
  assert.equal((await setCard(api, blocked, 'BLOCKED')).json().result.message, 'Card was already BLOCKED');
});

test('blocking a LOCKED card, or leaving BLOCKED, is 409 PPCUST_032; an unknown card is PPCUST_010', async () => {
  const api = sandbox();
  const locked = await api.card();
  await setCard(api, locked, 'LOCKED');
  assert.equal((await setCard(api, locked, 'BLOCKED')).json().businessCode, 'PPCUST_032');
  const blocked = await api.card();
  await setCard(api, blocked, 'BLOCKED');
  for (const status of ['LOCKED', 'UNLOCKED']) {
    const response = await setCard(api, blocked, status);
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().title, `Invalid Status Transition from : BLOCKED to ${status}`);
  }
  assert.equal((await setCard(api, { entityId: locked.entityId, kitNo: blocked.kitNo }, 'LOCKED')).json().businessCode, 'PPCUST_010');
});

test('delivery tracking is HD with courier details, the same every time; an unknown kit is 409 PPCUST_010', async () => {
  const api = sandbox();
  const card = await api.card();
  const first = (await api.call('trackCardDelivery', { kitNo: card.kitNo })).json().result;
  assert.equal(first.deliveryMode, 'HD');
  assert.ok(first.courierName && first.awbNumber);
  assert.deepEqual((await api.call('trackCardDelivery', { kitNo: card.kitNo })).json().result, first);
  const byApplication = (await api.call('trackCardDelivery', { applicationNumber: `APP-${card.entityId}` })).json().result;
  assert.equal(byApplication.kitNo, card.kitNo);
  const unknown = await api.call('trackCardDelivery', { kitNo: '123' });
  assert.equal(unknown.statusCode, 409);
  assert.equal(unknown.json().businessCode, 'PPCUST_010');
});
