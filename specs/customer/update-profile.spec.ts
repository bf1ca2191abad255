import { expectRule, test, verify } from '../../harness';

// Rules: api-library/customer/updateCustomer ("Only provided fields are updated — omitted fields remain unchanged").
test.describe('updateCustomer', () => {
  test('[CUST-PROFILE-001] a profile update answers 200 with the new values, and a later read returns them', async ({ api, data, faker }) => {
    const customer = await data.customer();
    const firstName = faker.person.firstName();
    const exchange = await api.call('updateCustomer', { body: { entityId: customer.entityId, firstName, gender: 'Female' } });
    verify(exchange, { status: 200, requirements: ['CUST-PROFILE-001'] });
    const echoed = (exchange.response!.json as { result: { firstName: string; gender: string } }).result;
    expectRule('CUST-PROFILE-001', 'the echoed firstName and gender', { firstName: echoed.firstName, gender: echoed.gender }, { firstName, gender: 'Female' });
    const after = await data.fetchCustomer(customer);
    expectRule('CUST-PROFILE-001', 'the firstName and gender a later read returns', { firstName: after.firstName, gender: after.gender }, { firstName, gender: 'FEMALE' });
  });

  test('[CUST-PROFILE-002] a profile update for an unknown customer is rejected with PPCUST_002', async ({ api, data }) => {
    const exchange = await api.call('updateCustomer', { body: { entityId: data.unknownEntityId(), firstName: 'Tim' } });
    verify(exchange, { status: 409, businessCode: 'PPCUST_002', requirements: ['CUST-PROFILE-002'] });
  });

  test('[CUST-PROFILE-003] fields not sent remain unchanged', async ({ api, data, faker }) => {
    const customer = await data.customer();
    const before = await data.fetchCustomer(customer);
    const exchange = await api.call('updateCustomer', { body: { entityId: customer.entityId, lastName: faker.person.lastName() } });
    verify(exchange, { status: 200, requirements: ['CUST-PROFILE-003'] });
    const after = await data.fetchCustomer(customer);
    const unsent = (c: typeof before) => ({ firstName: c.firstName, email: c.email, dob: c.dob, gender: c.gender, pan: c.pan });
    expectRule('CUST-PROFILE-003', 'the fields not sent, before and after', unsent(after), unsent(before));
  });
});
