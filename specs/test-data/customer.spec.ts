import { covering, expectRule, test, verify } from '../../harness';

// The suite makes its own customers; these tests pin down that what it relies on holds.
test.describe('createCustomer and fetchCustomer', () => {
  test(...covering(['DATA-CUSTOMER-001'], 'a created customer is ACTIVE and reads back with the details sent'), async ({ data }) => {
    const body = data.newCustomerBody();
    const exchange = await data.createCustomer(body);
    verify(exchange, { status: 200, requirements: ['DATA-CUSTOMER-001'] });
    const created = (exchange.response!.json as { result: { entityId: string; status: string } }).result;
    expectRule('DATA-CUSTOMER-001', 'the status of a new customer', created.status, 'ACTIVE');
    const fetched = await data.fetchCustomer(created);
    const [day, month, year] = body.dateOfBirth.split('/');
    expectRule('DATA-CUSTOMER-001', 'the details read back',
      { firstName: fetched.firstName, lastName: fetched.lastName, dob: fetched.dob, pan: fetched.pan },
      { firstName: body.firstName, lastName: body.lastName, dob: `${year}-${month}-${day}`, pan: body.pan });
  });

  test(...covering(['DATA-CUSTOMER-002'], 'fetching an unknown customer is rejected with PPCUST_002'), async ({ api, data }) => {
    const exchange = await api.call('fetchCustomer', { body: { entityId: data.unknownEntityId() } });
    verify(exchange, { status: 409, businessCode: 'PPCUST_002', requirements: ['DATA-CUSTOMER-002'] });
  });
});
