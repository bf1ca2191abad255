import assert from 'node:assert/strict';
import test from 'node:test';
import { buildSandbox } from '../../sandbox/app';
import { Api, sandbox } from './helpers';

test('a created customer is ACTIVE and reads back with its details, dob ISO and gender MALE-style', async () => {
  const api = sandbox();
  const customer = await api.customer({ gender: 'MALE', dateOfBirth: '04/09/2001' });
  assert.equal(customer.status, 'ACTIVE');
  const fetched = (await api.call('fetchCustomer', { entityId: customer.entityId })).json().result;
  assert.equal(fetched.firstName, customer.firstName);
  assert.equal(fetched.dob, '2001-09-04');
  assert.equal(fetched.gender, 'MALE');
  assert.equal(fetched.status, 'ACTIVE');
  assert.deepEqual(fetched.communication.mobile, customer.mobile);
  const byPan = (await api.call('fetchCustomer', { pan: customer.pan, dob: '2001-09-04' })).json().result;
  assert.equal(byPan.entityId, customer.entityId);
  const unknown = await api.call('fetchCustomer', { entityId: 'nobody' });
  assert.equal(unknown.statusCode, 409);
  assert.equal(unknown.json().businessCode, 'PPCUST_002');
});

test('a profile update changes only the fields sent and echoes the documented subset', async () => {
  const api = sandbox();
  const customer = await api.customer();
  const response = await api.call('updateCustomer', { entityId: customer.entityId, firstName: 'Tim', gender: 'Male', dob: '10/10/1999' });
  assert.deepEqual(response.json().result, {
    entityId: customer.entityId,
    firstName: 'Tim',
    lastName: customer.lastName,
    dob: '10/10/1999',
    gender: 'Male',
    communication: { mobile: customer.mobile, email: customer.email },
  });
  const fetched = (await api.call('fetchCustomer', { entityId: customer.entityId })).json().result;
  assert.equal(fetched.lastName, customer.lastName);
  assert.equal(fetched.email, customer.email);
  assert.equal(fetched.pan, customer.pan);
  assert.equal(fetched.gender, 'MALE');
});

test('a profile update for an unknown customer is 409 PPCUST_002 "Customer does not exists for id"', async () => {
  const response = await sandbox().call('updateCustomer', { entityId: 'nobody', firstName: 'X' });
  assert.equal(response.statusCode, 409);
  assert.equal(response.json().title, 'Customer does not exists for id');
  assert.equal(response.json().businessCode, 'PPCUST_002');
});

test('nominees totalling 100 are saved; other totals and a minor without guardian are 409 PPCUST_010', async () => {
  const api = sandbox();
  const { entityId } = await api.customer();
  const nominee = (name: string, percentShare: number, extra = {}) => ({ name, relationship: 'Son', percentShare, ...extra });
  const save = (nominees: unknown[], id = entityId) => api.call('updateNominee', { nominees }, { params: { entityId: id } });
  const saved = await save([nominee('A', 60), nominee('B', 40, { minor: true, guardian: { name: 'G', relationship: 'Mother' } })]);
  assert.equal(saved.statusCode, 200);
  assert.equal(saved.json().result.nominees.length, 2);
  for (const nominees of [[nominee('A', 60), nominee('B', 30)], [nominee('A', 100), nominee('B', 10)], [nominee('A', 100, { minor: true })]]) {
    const response = await save(nominees);
    assert.equal(response.statusCode, 409);
    assert.deepEqual([response.json().title, response.json().businessCode], ['Invalid request', 'PPCUST_010']);
  }
  assert.equal((await save([nominee('A', 100)], 'nobody')).json().businessCode, 'PPCUST_002');
});

test('usage sums LOAD credits per base currency for every period; other credits and debits do not count', async () => {
  let now = new Date('2026-03-31T23:30:00Z');
  const api = new Api(buildSandbox({ now: () => now }));
  const inr = await api.card({ balance: '100' });
  await api.call('issueCard', { applicationNumber: 'FX', entityId: inr.entityId, productId: 'FOREX_USD' });
  await api.load(inr.entityId, '50.25');
  await api.load(inr.entityId, '10', { type: 'CREDIT', origin: 'WEB' });
  await api.load(inr.entityId, '20', { type: 'DEBIT', origin: 'POS' });
  now = new Date('2026-04-01T00:10:00Z'); // a new day and month, within the token's hour
  await api.load(inr.entityId, '1');
  const usage = (await api.call('getUsageDetails', { pan: inr.customer.pan })).json().result;
  assert.deepEqual(usage.baseCurrencyConsumptions, [
    { baseCurrency: 'INR', transactionTypes: { LOAD: { daily: { amount: 1 }, monthly: { amount: 1 }, yearly: { amount: 151.25 }, overall: { amount: 151.25 } } } },
    { baseCurrency: 'USD', transactionTypes: { LOAD: { daily: { amount: 0 }, monthly: { amount: 0 }, yearly: { amount: 0 }, overall: { amount: 0 } } } },
  ]);
  const narrowed = await api.call('getUsageDetails', { pan: inr.customer.pan, mobile: { value: '6000000000' } });
  assert.equal(narrowed.json().businessCode, 'PPCUST_010');
  const unknown = await api.call('getUsageDetails', { pan: 'ZZZZZ9999Z' });
  assert.equal(unknown.statusCode, 409);
  assert.deepEqual([unknown.json().title, unknown.json().businessCode], ['Invalid request', 'PPCUST_010']);
});

test('alerts: create, update of the fields sent, fetch; unknown key 404; create on a key replaces it', async () => {
  const api = sandbox();
  const key = { corporateId: 'CORP123', accountNumber: '17568190551480014', alertType: 'CORPORATE_LOW_BALANCE_ALERT' };
  const created = await api.call('createAlertConfig', { ...key, thresholdAmount: 50000, emailRecipients: ['finance@acme.com'], mobileRecipients: ['9876543210'] });
  assert.deepEqual(created.json(), { ...key, thresholdAmount: 50000, emailRecipients: ['finance@acme.com'], mobileRecipients: ['9876543210'] });
  const updated = await api.call('updateAlertConfig', { ...key, thresholdAmount: 1000 });
  assert.deepEqual(updated.json(), { ...key, thresholdAmount: 1000, emailRecipients: ['finance@acme.com'], mobileRecipients: ['9876543210'] });
  assert.deepEqual((await api.call('fetchAlertConfig', key)).json(), updated.json());
  await api.call('createAlertConfig', { ...key, lowBalanceThreshold: 7, notificationEmails: ['t@acme.com'] });
  assert.deepEqual((await api.call('fetchAlertConfig', key)).json(), { ...key, thresholdAmount: 7, emailRecipients: ['t@acme.com'], mobileRecipients: [] });
  const unknown = { ...key, accountNumber: '1' };
  for (const operationId of ['updateAlertConfig', 'fetchAlertConfig']) {
    const response = await api.call(operationId, { ...unknown, thresholdAmount: 5 });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().businessCode, undefined);
  }
  for (const thresholdAmount of [0, -1]) {
    const response = await api.call('createAlertConfig', { ...key, thresholdAmount });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().fieldErrors[0].field, 'thresholdAmount');
  }
});
