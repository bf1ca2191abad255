import assert from 'node:assert/strict';
import test from 'node:test';
import { buildSandbox } from '../../sandbox/app';
import { FaultConsultations } from '../../sandbox/faults/fault-consultations';
import { Api } from './helpers';

/** A sandbox that notes which faults each request asks about, and an API client of it. */
function recording() {
  const consultations = new FaultConsultations();
  return { consultations, api: new Api(buildSandbox({ consultations })) };
}

test('a request notes the faults it asked about under its operation and the status it was answered with', async () => {
  const { consultations, api } = recording();
  const customer = await api.customer();
  await api.call('updateCustomerStatus', { entityId: customer.entityId, status: 'ACTIVE' });
  const { faults, answered } = consultations.toJSON();
  // ACTIVE → ACTIVE is refused by the same-status rule, so only that rule's fault was asked about.
  assert.deepEqual(faults['same-status-allowed'], ['updateCustomerStatus 409']);
  assert.equal(faults['terminal-status-left'], undefined);
  assert.equal(faults['customer-dob-shifted']?.[0], 'createCustomer 200');
  assert.deepEqual(answered, { 'issueToken 200': 1, 'createCustomer 200': 1, 'updateCustomerStatus 409': 1 });
});

test('a rewrite is noted where it would change the answer, and nowhere else; nothing is changed', async () => {
  const { consultations, api } = recording();
  const unknown = await api.call('fetchCustomer', { entityId: 'no-such-customer' });
  assert.equal(unknown.json().businessCode, 'PPCUST_002', 'a dry run changes no answer');
  await api.customer();
  const { faults } = consultations.toJSON();
  assert.deepEqual(faults['fetch-wrong-code'], ['fetchCustomer 409']);
  assert.equal(faults['drop-pagination'], undefined);
});

test('the token guard asks its faults only about a token it refuses, and the tenant fault only about a wrong tenant header', async () => {
  const { consultations, api } = recording();
  await api.call('fetchCustomer', { entityId: '1' });
  const guardFaults = ['expired-token-accepted', 'any-signature-accepted', 'tenant-header-ignored'];
  assert.deepEqual(guardFaults.filter((name) => consultations.toJSON().faults[name]), [], 'a good token and tenant ask no guard fault');
  await api.call('fetchCustomer', { entityId: '1' }, { headers: { authorization: 'Bearer not-a-jwt' } });
  await api.call('fetchCustomer', { entityId: '1' }, { tenant: 'GLOBEX' });
  const { faults } = consultations.toJSON();
  assert.deepEqual([faults['expired-token-accepted'], faults['any-signature-accepted']], [['fetchCustomer 401'], ['fetchCustomer 401']]);
  assert.deepEqual(faults['tenant-header-ignored'], ['fetchCustomer 403']);
});

test('a waiver is noted where request validation would let the field through', async () => {
  const { consultations, api } = recording();
  await api.call('markLien', { entityId: '1', type: 'ADD', amount: '10' });
  assert.deepEqual(consultations.toJSON().faults['required-field-unchecked'], ['markLien 400']);
});

test('requests of a second tenant ask about shared tenant data; those of the first do not', async () => {
  const { consultations, api } = recording();
  await api.customer();
  assert.equal(consultations.toJSON().faults['tenant-data-shared'], undefined);
  await api.call('fetchCustomer', { entityId: '1' }, { as: 'globex' });
  assert.deepEqual(consultations.toJSON().faults['tenant-data-shared'], ['fetchCustomer 409']);
});
