import assert from 'node:assert/strict';
import test from 'node:test';
import { sandbox, type Api } from './helpers';

type Values = Array<Record<string, unknown>>;

async function preferencesOf(api: Api, entityId: string, scope: 'domestic' | 'international') {
  const [card] = (await api.call('fetchAllCards', { entityId })).json().result;
  return Object.fromEntries(card.preferences[scope].values.map((p: { type: string }) => [p.type, p]));
}

const update = (api: Api, kit: string, scope: string, values: Values) => api.call('updateCardPreferences', { kit, userOverridden: { [scope]: { values } } });

test('an ACTIVE card takes preferences; only the types and fields sent change', async () => {
  const api = sandbox();
  const card = await api.card();
  const before = await preferencesOf(api, card.entityId, 'international');
  const domesticBefore = await preferencesOf(api, card.entityId, 'domestic');
  const response = await update(api, card.kitNo, 'international', [{ type: 'ATM', enabled: true, maxTransaction: '10', perTransactionLimit: '5000' }]);
  assert.deepEqual(response.json(), { result: { message: 'Preferences updated successfully.' }, pagination: null });
  const after = await preferencesOf(api, card.entityId, 'international');
  assert.deepEqual(after.ATM, { ...before.ATM, enabled: true, maxTransaction: '10', perTransactionLimit: '5000' });
  assert.deepEqual(after.POS, before.POS);
  assert.deepEqual(await preferencesOf(api, card.entityId, 'domestic'), domesticBefore);
  assert.equal(after.ATM.upperLimitMaxTransaction, '20');
  assert.equal(after.ATM.upperLimitMaxTransactionAmountPerDay, '100000');
});

test('limits up to the product upper limit pass; above it is a constraint violation on that field', async () => {
  const api = sandbox();
  const card = await api.card();
  const atLimit = await update(api, card.kitNo, 'domestic', [{ type: 'ATM', maxTransaction: '20', maxTransactionAmountPerDay: '100000', perTransactionLimit: '100000' }]);
  assert.equal(atLimit.statusCode, 200);
  const above = await update(api, card.kitNo, 'domestic', [
    { type: 'POS', maxTransaction: '1' },
    { type: 'ATM', maxTransaction: '21', maxTransactionAmountPerDay: '100001', perTransactionLimit: '100001' },
  ]);
  assert.equal(above.statusCode, 400);
  assert.deepEqual(above.json().fieldErrors, [
    { field: 'userOverridden.domestic.values[1].maxTransaction', message: 'must be less than or equal to 20' },
    { field: 'userOverridden.domestic.values[1].maxTransactionAmountPerDay', message: 'must be less than or equal to 100000' },
    { field: 'userOverridden.domestic.values[1].perTransactionLimit', message: 'must be less than or equal to 100000' },
  ]);
  assert.equal((await preferencesOf(api, card.entityId, 'domestic')).POS.maxTransaction, '10', 'a rejected request changes nothing');
});

test('a card that is not ACTIVE gets 409 PPCUST_036 naming its status', async () => {
  const api = sandbox();
  const card = await api.card();
  await api.call('updateCardStatus', { entityId: card.entityId, kitNo: card.kitNo, status: 'LOCKED' });
  const response = await update(api, card.kitNo, 'international', [{ type: 'ATM', enabled: false }]);
  assert.equal(response.statusCode, 409);
  assert.equal(response.json().title, 'Operation not allowed for card with LOCKED status.');
  assert.equal(response.json().businessCode, 'PPCUST_036');
});

test('the card is found by kit, by entityId, or both; a mismatch or unknown card is 409 PPCUST_010', async () => {
  const api = sandbox();
  const card = await api.card();
  const other = await api.card();
  const values = { international: { values: [{ type: 'ATM', enabled: true }] } };
  assert.equal((await api.call('updateCardPreferences', { entityId: card.entityId, userOverridden: values })).statusCode, 200);
  assert.equal((await api.call('updateCardPreferences', { entityId: card.entityId, kit: card.kitNo, userOverridden: values })).statusCode, 200);
  assert.equal((await api.call('updateCardPreferences', { entityId: other.entityId, kit: card.kitNo, userOverridden: values })).json().businessCode, 'PPCUST_010');
  assert.equal((await api.call('updateCardPreferences', { kit: '1', userOverridden: values })).json().businessCode, 'PPCUST_010');
});

test('an invalid mobile is a constraint violation on mobile', async () => {
  const api = sandbox();
  const card = await api.card();
  const response = await api.call('updateCardPreferences', { kit: card.kitNo, mobile: { value: '123' }, userOverridden: {} });
  assert.equal(response.statusCode, 400);
  assert.match(response.json().fieldErrors[0].field, /^mobile/);
});
