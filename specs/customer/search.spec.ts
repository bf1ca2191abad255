import { expectRule, test, verify } from '../../harness';

interface Page {
  result: { entityId: string }[];
  pagination: { list: boolean; pageNo: number; pageSize: number; totalPages: number; totalElements: number };
}

// Rules: api-library/customer/fetchCustomerListBySearch.
test.describe('searchCustomers', () => {
  for (const searchType of ['LAST_NAME', 'EMAIL_ID', 'PAN'] as const) {
    test(`[CUST-SEARCH-001] a ${searchType} search finds the customer with that ${searchType.toLowerCase().replace('_id', '')} and no other`, async ({ api, data, target }) => {
      // Names made for this test: other tests create customers in the same tenant at the same time.
      const customer = await data.customer({ lastName: data.uniqueName() });
      await data.customer({ lastName: data.uniqueName() }); // a second customer who must not match
      const value = { LAST_NAME: customer.body.lastName, EMAIL_ID: customer.body.email, PAN: customer.body.pan }[searchType];
      const exchange = await api.call('searchCustomers', { body: { searchType, value, tenant: target.tenant } });
      verify(exchange, { status: 200, requirements: ['CUST-SEARCH-001'] });
      const page = exchange.response!.json as Page;
      expectRule('CUST-SEARCH-001', 'the entity IDs found', page.result.map((c) => c.entityId), [customer.entityId]);
    });
  }

  test('[CUST-SEARCH-002] pages are 0-indexed and the pagination object counts every match', async ({ api, data, target }) => {
    // Three customers share a first name made for this test; pages of two hold two, then one.
    const firstName = data.uniqueName();
    const customers = [await data.customer({ firstName }), await data.customer({ firstName }), await data.customer({ firstName })];
    const page = async (pageNo: number) => {
      const exchange = await api.call('searchCustomers', {
        query: { pageNo, pageSize: 2 },
        body: { searchType: 'FIRST_NAME', value: firstName, tenant: target.tenant },
      });
      verify(exchange, { status: 200, requirements: ['CUST-SEARCH-002'] });
      return exchange.response!.json as Page;
    };
    const first = await page(0);
    const second = await page(1);
    expectRule('CUST-SEARCH-002', 'the first page\'s pagination', first.pagination, { list: true, pageNo: 0, pageSize: 2, totalPages: 2, totalElements: 3 });
    expectRule('CUST-SEARCH-002', 'how many customers each page holds', [first.result.length, second.result.length], [2, 1]);
    const found = [...first.result, ...second.result].map((c) => c.entityId).sort();
    expectRule('CUST-SEARCH-002', 'the customers across both pages', found, customers.map((c) => c.entityId).sort());
  });

  test('[CUST-SEARCH-003] a search without tenant gets 400 constraint-violation on tenant', async ({ api }) => {
    const exchange = await api.call('searchCustomers', { body: { searchType: 'MOBILE', value: '9876543210' } });
    verify(exchange, { status: 400, problemType: 'constraint-violation', fieldErrorOn: 'tenant', requirements: ['CUST-SEARCH-003'] });
  });
});
