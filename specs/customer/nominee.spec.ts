import { test, verify } from '../../harness';

// Rules: api-library/customer/updateNominee (shares total 100%; guardian required for a minor).
test.describe('updateNominee', () => {
  test('[CUST-NOMINEE-001] two nominees sharing 60/40 are saved', async ({ api, data }) => {
    const customer = await data.customer();
    const nominees = [data.nominee({ percentShare: 60 }), data.nominee({ percentShare: 40 })];
    const exchange = await api.call('updateNominee', { pathParams: { entityId: customer.entityId }, body: { nominees } });
    verify(exchange, { status: 200, requirements: ['CUST-NOMINEE-001'] });
  });

  for (const shares of [[99], [60, 41]]) {
    test(`[CUST-NOMINEE-002] shares of ${shares.join(' + ')} are rejected with PPCUST_010`, async ({ api, data }) => {
      const customer = await data.customer();
      const nominees = shares.map((percentShare) => data.nominee({ percentShare }));
      const exchange = await api.call('updateNominee', { pathParams: { entityId: customer.entityId }, body: { nominees } });
      verify(exchange, { status: 409, businessCode: 'PPCUST_010', requirements: ['CUST-NOMINEE-002'] });
    });
  }

  test('[CUST-NOMINEE-003] a minor nominee without a guardian is rejected with PPCUST_010', async ({ api, data }) => {
    const customer = await data.customer();
    const minor = { ...data.nominee({ percentShare: 100 }), minor: true, age: 9 };
    delete (minor as { guardian?: unknown }).guardian;
    const exchange = await api.call('updateNominee', { pathParams: { entityId: customer.entityId }, body: { nominees: [minor] } });
    verify(exchange, { status: 409, businessCode: 'PPCUST_010', requirements: ['CUST-NOMINEE-003'] });
  });
});
