import assert from 'node:assert/strict';
import test from 'node:test';
import { sandbox, type Api } from './helpers';

const search = (api: Api, searchType: string, value: string, extra: Record<string, unknown> = {}, query?: Record<string, string>) =>
  api.call('searchCustomers', { searchType, value, tenant: 'ACME_CORP', ...extra }, { query });

test('each search type finds the customer whose field matches, and no other', async () => {
  const api = sandbox();
  const identity = { aadhaar: '234567890123', voterId: 'ABC1234567', kycToken: 'TOKEN123', customerEntityId: 'CUST_ENT_001' };
  const target = await api.card({ customer: { firstName: 'Asha', lastName: 'Rao', ...identity } });
  // A decoy whose first name is the target's last name, so a field mix-up shows.
  await api.card({ customer: { firstName: 'Rao', lastName: 'Asha', aadhaar: '345678901234', voterId: 'XYZ7654321', kycToken: 'T2', customerEntityId: 'C2' } });
  const { customer } = target;
  const cases: Record<string, string> = {
    MOBILE: customer.mobile.value,
    KIT: target.kitNo,
    CUSTOMER_ID: customer.customerId,
    ENTITY_ID: customer.entityId,
    CARD: target.maskedCardNumber,
    PAN: customer.pan,
    AADHAAR_ID: identity.aadhaar,
    VOTER_ID: identity.voterId,
    EMAIL_ID: customer.email,
    FIRST_NAME: 'Asha',
    LAST_NAME: 'Rao',
    KYC_TOKEN: identity.kycToken,
    CUSTOMER_ENTITY_ID: identity.customerEntityId,
  };
  assert.equal(Object.keys(cases).length, 13);
  for (const [searchType, value] of Object.entries(cases)) {
    const response = await search(api, searchType, value);
    assert.equal(response.statusCode, 200, searchType);
    assert.deepEqual(response.json().result.map((c: { entityId: string }) => c.entityId), [customer.entityId], searchType);
  }
  assert.deepEqual((await search(api, 'PAN', 'ZZZZZ9999Z')).json().result, []);
  assert.deepEqual((await search(api, 'MOBILE', customer.mobile.value, { countryCode: '44' })).json().result, []);
});

test('results are paginated: 0-based pageNo, default pageSize 10, totals', async () => {
  const api = sandbox();
  for (let i = 0; i < 12; i++) await api.customer({ lastName: 'Same' });
  const first = (await search(api, 'LAST_NAME', 'Same')).json();
  assert.equal(first.result.length, 10);
  assert.deepEqual(first.pagination, { list: true, pageSize: 10, pageNo: 0, totalPages: 2, totalElements: 12 });
  const second = (await search(api, 'LAST_NAME', 'Same', {}, { pageNo: '1', pageSize: '5' })).json();
  assert.equal(second.result.length, 5);
  assert.deepEqual(second.pagination, { list: true, pageSize: 5, pageNo: 1, totalPages: 3, totalElements: 12 });
  assert.equal((await search(api, 'LAST_NAME', 'Same', {}, { pageNo: '9' })).json().result.length, 0);
  assert.equal((await search(api, 'LAST_NAME', 'Same', {}, { pageSize: '0' })).json().fieldErrors[0].field, 'pageSize');
  assert.equal((await search(api, 'LAST_NAME', 'Same', {}, { pageNo: 'one' })).statusCode, 400);
});

test('a missing tenant, or another tenant than the header, is a constraint violation on tenant', async () => {
  const api = sandbox();
  const missing = await api.call('searchCustomers', { searchType: 'PAN', value: 'x' });
  assert.deepEqual(missing.json().fieldErrors, [{ field: 'tenant', message: 'must not be null' }]);
  const other = await search(api, 'PAN', 'x', { tenant: 'GLOBEX' });
  assert.equal(other.statusCode, 400);
  assert.equal(other.json().fieldErrors[0].field, 'tenant');
});
