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
  for (const requested of ['LOCKED', 'UNLOCKED', 'BLOCKED'] as const) assert.deepEqual(judgeCardRequest('ALLOCATED', requested), { outcome: 'refused' });
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

const ALLOCATED = { readings: ['issued-card-status=ALLOCATED'] };

test('a new card is ALLOCATED on the other side of issued-card-status, and activation by kit and mobile makes it ACTIVE', async () => {
  const api = sandbox(ALLOCATED);
  const card = await api.card();
  assert.equal((await api.call('issueCard', { applicationNumber: 'B', entityId: card.entityId, productId: 'GPR_INR' })).json().result.cardStatus, 'ALLOCATED');
  assert.equal((await api.call('fetchAllCards', { entityId: card.entityId })).json().result[0].cardStatus, 'ALLOCATED');
  const activated = await api.call('activateCard', { kitNo: card.kitNo, mobile: card.customer.mobile });
  assert.deepEqual(activated.json(), { result: { message: 'Card Activated Successfully' }, pagination: null });
  assert.equal(await cardStatus(api, card.entityId), 'ACTIVE');
});

test('an ALLOCATED card takes no status change and no preference change until activated', async () => {
  const api = sandbox(ALLOCATED);
  const card = await api.card();
  for (const status of ['LOCKED', 'UNLOCKED', 'BLOCKED']) {
    const response = await setCard(api, card, status);
    assert.equal(response.statusCode, 409);
    assert.deepEqual([response.json().businessCode, response.json().title], ['PPCUST_032', `Invalid Status Transition from : ALLOCATED to ${status}`]);
  }
  const preferences = await api.call('updateCardPreferences', { entityId: card.entityId, kit: card.kitNo, userOverridden: { international: { values: [{ type: 'ATM', enabled: false }] } } });
  assert.equal(preferences.json().businessCode, 'PPCUST_036');
  assert.equal(await cardStatus(api, card.entityId), 'ALLOCATED');
});

test('activating a card that is not ALLOCATED is refused with 409 and changes nothing', async () => {
  const api = sandbox();
  const card = await api.card();
  const active = await api.call('activateCard', { kitNo: card.kitNo });
  assert.deepEqual([active.statusCode, active.json().businessCode, active.json().title], [409, 'PPCUST_036', 'Operation not allowed for card with ACTIVE status.']);
  await setCard(api, card, 'LOCKED');
  assert.equal((await api.call('activateCard', { kitNo: card.kitNo })).statusCode, 409);
  assert.equal(await cardStatus(api, card.entityId), 'LOCKED');
});

test('the card to activate: by kit (with its holder\'s mobile, if given), or by the mobile of a holder of one card; else 409 PPCUST_010', async () => {
  const api = sandbox(ALLOCATED);
  const card = await api.card();
  const other = await api.card();
  const unknown = async (body: Record<string, unknown>) => {
    const response = await api.call('activateCard', body);
    return [response.statusCode, response.json().businessCode];
  };
  assert.deepEqual(await unknown({}), [409, 'PPCUST_010']);
  assert.deepEqual(await unknown({ kitNo: '123' }), [409, 'PPCUST_010']);
  assert.deepEqual(await unknown({ kitNo: card.kitNo, mobile: other.customer.mobile }), [409, 'PPCUST_010']);
  assert.deepEqual(await unknown({ mobile: { value: '6000000000', countryCode: 91 }, cvv: '123' }), [409, 'PPCUST_010']);
  // The CVV, last six digits and expiry are not checked: the sandbox keeps none of them.
  assert.equal((await api.call('activateCard', { mobile: card.customer.mobile, cardLastSix: '123456', cvv: '000', expiryDate: '01/30' })).statusCode, 200);
  assert.equal(await cardStatus(api, card.entityId), 'ACTIVE');
  await api.call('issueCard', { applicationNumber: 'C', entityId: other.entityId, productId: 'FOREX_USD' });
  assert.deepEqual(await unknown({ mobile: other.customer.mobile }), [409, 'PPCUST_010']);
  assert.equal((await api.call('activateCard', { kitNo: other.kitNo, mobile: other.customer.mobile })).statusCode, 200);
});
