import assert from 'node:assert/strict';
import test from 'node:test';
import { sandbox } from './helpers';

test('a tenant never sees another tenant\'s customers, cards, wallets, liens or alerts', async () => {
  const api = sandbox();
  const acme = await api.card({ balance: '100' });
  const as = 'globex' as const;
  const expectations: Array<[string, unknown, number]> = [
    ['fetchCustomer', { entityId: acme.entityId }, 409],
    ['fetchAllCards', { entityId: acme.entityId }, 409],
    ['fetchCardBalance', { entityId: acme.entityId }, 409],
    ['checkWalletBalance', { entityId: acme.entityId }, 409],
    ['updateCustomer', { entityId: acme.entityId, firstName: 'Stolen' }, 409],
    ['updateCustomerStatus', { entityId: acme.entityId, status: 'BLOCKED' }, 409],
    ['updateWalletStatus', { accountId: acme.accountId, status: 'BLOCKED' }, 409],
    ['updateCardStatus', { entityId: acme.entityId, kitNo: acme.kitNo, status: 'BLOCKED' }, 409],
    ['trackCardDelivery', { kitNo: acme.kitNo }, 409],
    ['getUsageDetails', { pan: acme.customer.pan }, 409],
    ['markLien', { lienId: 'X', transactionId: 'T', source: 'S', accountNumber: acme.accountId, lienAmount: 1, type: 'ADD', balanceCheck: false }, 409],
    ['loadWallet', { entityId: acme.entityId, amount: '1', txnRef: 'G1', transactionType: 'DEBIT', txnOrigin: 'POS' }, 409],
  ];
  for (const [operationId, body, status] of expectations) {
    assert.equal((await api.call(operationId, body, { as })).statusCode, status, operationId);
  }
  const globexSearch = await api.call('searchCustomers', { searchType: 'ENTITY_ID', value: acme.entityId, tenant: 'GLOBEX' }, { as });
  assert.deepEqual(globexSearch.json().result, []);
  const key = { corporateId: 'CORP123', accountNumber: '17568190551480014', alertType: 'CORPORATE_LOW_BALANCE_ALERT' };
  await api.call('createAlertConfig', { ...key, thresholdAmount: 10 });
  assert.equal((await api.call('fetchAlertConfig', key, { as })).statusCode, 404);

  // ACME's data is untouched.
  assert.equal((await api.balance(acme.entityId)).totalBalance, 100);
  assert.equal((await api.call('fetchCustomer', { entityId: acme.entityId })).json().result.firstName, acme.customer.firstName);
});

test('a txnRef is an idempotency key per tenant', async () => {
  const api = sandbox();
  const acme = await api.card();
  const globex = await api.card({ as: 'globex' });
  assert.equal((await api.load(acme.entityId, '1', { txnRef: 'SHARED' })).statusCode, 200);
  assert.equal((await api.load(globex.entityId, '1', { txnRef: 'SHARED', as: 'globex' })).statusCode, 200);
});
