import { covering, expandRows, expectRule, type FetchedCustomer, limitFile, limitDeclaration, resolveValue, test, verify } from '../../harness';

const limits = limitFile('profile');

// Rules: api-library/customer/updateCustomer ("Only provided fields are updated — omitted fields remain unchanged").
test.describe('updateCustomer', () => {
  test(...covering(['CUST-PROFILE-001'], 'a profile update answers 200 with the new values, and a later read returns them'), async ({ api, data, faker }) => {
    const customer = await data.customer();
    const firstName = faker.person.firstName();
    const exchange = await api.call('updateCustomer', { body: { entityId: customer.entityId, firstName, gender: 'Female' } });
    verify(exchange, { status: 200, requirements: ['CUST-PROFILE-001'] });
    const echoed = (exchange.response!.json as { result: { firstName: string; gender: string } }).result;
    expectRule('CUST-PROFILE-001', 'the echoed firstName and gender', { firstName: echoed.firstName, gender: echoed.gender }, { firstName, gender: 'Female' });
    const after = await data.fetchCustomer(customer);
    expectRule('CUST-PROFILE-001', 'the firstName and gender a later read returns', { firstName: after.firstName, gender: after.gender }, { firstName, gender: 'FEMALE' });
  });

  test(...covering(['CUST-PROFILE-002'], 'a profile update for an unknown customer is rejected with PPCUST_002'), async ({ api, data }) => {
    const exchange = await api.call('updateCustomer', { body: { entityId: data.unknownEntityId(), firstName: 'Tim' } });
    verify(exchange, { status: 409, businessCode: 'PPCUST_002', requirements: ['CUST-PROFILE-002'] });
  });

  test(...covering(['CUST-PROFILE-003'], 'fields not sent remain unchanged'), async ({ api, data, faker }) => {
    const customer = await data.customer();
    const before = await data.fetchCustomer(customer);
    const exchange = await api.call('updateCustomer', { body: { entityId: customer.entityId, lastName: faker.person.lastName() } });
    verify(exchange, { status: 200, requirements: ['CUST-PROFILE-003'] });
    const after = await data.fetchCustomer(customer);
    const unsent = (c: typeof before) => ({ firstName: c.firstName, email: c.email, dob: c.dob, gender: c.gender, pan: c.pan });
    expectRule('CUST-PROFILE-003', 'the fields not sent, before and after', unsent(after), unsent(before));
  });

  // The rows of fixtures/limits/profile.json: one field sent (a nested one inside the customer's own object). Accepted,
  // a later read returns it and every other field as before; rejected, a later read returns the profile unchanged.
  for (const limitCase of expandRows(limits, {})) {
    const { row } = limitCase;
    test(...limitDeclaration(limits, limitCase), async ({ api, data }) => {
      const customer = await data.customer();
      const before = profile(await data.fetchCustomer(customer));
      const value = resolveValue(row.value, { newPan: data.pan(), newEmail: data.email(), newMobile: data.mobileNumber(), newPin: data.pinCode() });
      const parents = { communication: { mobile: customer.body.mobile }, permanentAddress: customer.body.address };
      const body = { entityId: customer.entityId, ...withPath(parents, row.field, value) };
      verify(await api.call(limits.operation, { body }), { ...row.expect, requirements: row.requirements });
      const after = profile(await data.fetchCustomer(customer));
      if (row.expect.status !== 200) {
        expectRule(row.requirements[0], 'the profile a later read returns', after, before);
        return;
      }
      const { [row.field]: sent, ...unsent } = after;
      const { [row.field]: _, ...unsentBefore } = before;
      // Compared under the field's name, so a failure message masks it by key (a name, a date of birth).
      expectRule('CUST-PROFILE-001', `the ${row.field} a later read returns`, { [row.field]: sent }, { [row.field]: row.field === 'dob' ? isoDate(String(value)) : value });
      expectRule('CUST-PROFILE-003', 'the fields not sent, before and after', unsent, unsentBefore);
    });
  }
});

/** The profile fields the rows change, as fetchCustomer returns them, keyed by the request's paths. */
function profile(c: FetchedCustomer): Record<string, unknown> {
  return {
    firstName: c.firstName, lastName: c.lastName, gender: c.gender, pan: c.pan, dob: c.dob, email: c.email,
    'communication.mobile.value': c.communication?.mobile?.value, 'permanentAddress.pin': c.permanentAddress?.pin,
  };
}

/** `{ communication: { mobile: { value } } }` for `communication.mobile.value`, the other fields of each level from `parents`. */
function withPath(parents: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return { [head]: value };
  const parent = (parents[head] ?? {}) as Record<string, unknown>;
  return { [head]: { ...parent, ...withPath(parent, rest.join('.'), value) } };
}

/** dd/MM/yyyy (updateCustomer) as yyyy-MM-dd (fetchCustomer). */
const isoDate = (date: string) => date.split('/').reverse().join('-');
