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

const id = (value: string) => ({ headers: { 'x-request-id': value } });

test('a request notes the faults it asked about under its X-Request-ID; one without an ID under "-"', async () => {
  const { consultations, api } = recording();
  const customer = await api.customer();
  await api.call('updateCustomerStatus', { entityId: customer.entityId, status: 'ACTIVE' }, id('same-status'));
  const { faults } = consultations.toJSON();
  // ACTIVE → ACTIVE is refused by the same-status rule, so only that rule's fault was asked about.
  assert.deepEqual(faults['same-status-allowed'], ['same-status']);
  assert.equal(faults['terminal-status-left'], undefined);
  assert.deepEqual(faults['customer-dob-shifted'], ['-']);
});

test('a rewrite is noted where it would change the answer, and nowhere else; nothing is changed', async () => {
  const { consultations, api } = recording();
  const unknown = await api.call('fetchCustomer', { entityId: 'no-such-customer' }, id('unknown'));
  assert.equal(unknown.json().businessCode, 'PPCUST_002', 'a dry run changes no answer');
  await api.customer();
  const { faults } = consultations.toJSON();
  assert.deepEqual(faults['fetch-wrong-code'], ['unknown']);
  assert.equal(faults['drop-pagination'], undefined);
});

test('the token guard asks its faults only about a token it refuses, and the tenant fault only about a wrong tenant header', async () => {
  const { consultations, api } = recording();
  await api.call('fetchCustomer', { entityId: '1' }, id('good'));
  const guardFaults = ['expired-token-accepted', 'any-signature-accepted', 'tenant-header-ignored'];
  assert.deepEqual(guardFaults.filter((name) => consultations.toJSON().faults[name]), [], 'a good token and tenant ask no guard fault');
  await api.call('fetchCustomer', { entityId: '1' }, { headers: { authorization: 'Bearer not-a-jwt', 'x-request-id': 'bad-token' } });
  await api.call('fetchCustomer', { entityId: '1' }, { tenant: 'GLOBEX', ...id('other-tenant') });
  const { faults } = consultations.toJSON();
  assert.deepEqual([faults['expired-token-accepted'], faults['any-signature-accepted']], [['bad-token'], ['bad-token']]);
  assert.deepEqual(faults['tenant-header-ignored'], ['other-tenant']);
});

test('a waiver is noted where request validation would let the field through', async () => {
  const { consultations, api } = recording();
  await api.call('markLien', { entityId: '1', type: 'ADD', amount: '10' }, id('lien'));
  assert.deepEqual(consultations.toJSON().faults['required-field-unchecked'], ['lien']);
});

test('requests of a second tenant ask about shared tenant data; those of the first do not', async () => {
  const { consultations, api } = recording();
  await api.customer();
  assert.equal(consultations.toJSON().faults['tenant-data-shared'], undefined);
  await api.call('fetchCustomer', { entityId: '1' }, { as: 'globex', ...id('globex') });
  assert.deepEqual(consultations.toJSON().faults['tenant-data-shared'], ['globex']);
});
