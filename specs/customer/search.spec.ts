import { concurrently, covering, type CreatedCustomer, type DataFactory, expandRows, expectRule, type IssuedCard, limitFile, limitDeclaration, needed, requestSchema, resolveValue, test, verify } from '../../harness';

interface Page {
  result: { entityId: string }[];
  pagination: { list: boolean; pageNo: number; pageSize: number; totalPages: number; totalElements: number };
}

const limits = limitFile('search');
const searchTypes = (requestSchema(limits.operation).properties as { searchType: { enum: string[] } }).searchType.enum;

// Rules: api-library/customer/fetchCustomerListBySearch, as the rows of fixtures/limits/search.json, each for every
// search type the contract lists unless it says. A row with `field` value searches for a customer made for the test
// by its own value of that type (other customers of a shared environment may match too), beside a second customer
// who must not match; a pageNo or pageSize row pages through
// three customers who share a first name made for the test, sending the row's `with` as the other query parameter.
test.describe(limits.title, () => {
  for (const limitCase of expandRows(limits, { searchType: searchTypes })) {
    const { row, at } = limitCase;
    test(...limitDeclaration(limits, limitCase), async ({ api, data, target }) => {
      if (row.field === 'value') {
        const { customer, card } = await searchable(data);
        const other = await searchable(data); // a second customer, with values of its own, who must not be found
        const own = ownValue(customer, card, at.searchType);
        const exchange = await api.call(limits.operation, { body: { searchType: at.searchType, value: resolveValue(row.value, { own }), tenant: target.tenant } });
        verify(exchange, { ...row.expect, requirements: row.requirements });
        // The environment is shared: customers of earlier runs and of others may share a value (a masked card number
        // shows only its last four digits), so the search must find ours, and not the second one unless it shares it.
        const found = new Set((exchange.response!.json as Page).result.map((c) => c.entityId));
        expectRule(row.requirements[0], 'whether the customer made for the test is found', found.has(customer.entityId), true);
        if (ownValue(other.customer, other.card, at.searchType) !== own) {
          expectRule(row.requirements[0], 'whether a second customer with other values is found', found.has(other.customer.entityId), false);
        }
        return;
      }
      const firstName = data.uniqueName();
      // Three customers that do not depend on each other, made at once: each draws its data before its request goes out,
      // so the seed still gives each the same data.
      const customers = await concurrently([data.customer({ firstName }), data.customer({ firstName }), data.customer({ firstName })]);
      // A query parameter is text on the wire, whatever JSON type the row gives it.
      const query = { ...(row.with as Record<string, number>), [row.field]: String(resolveValue(row.value, {})) };
      const exchange = await api.call(limits.operation, { query, body: { searchType: at.searchType, value: firstName, tenant: target.tenant } });
      verify(exchange, { ...row.expect, requirements: row.requirements });
      if (!row.readBack) return;
      const page = exchange.response!.json as Page;
      const { results, ...pagination } = row.readBack;
      const reported = Object.fromEntries(Object.keys(pagination).map((key) => [key, page.pagination[key as keyof Page['pagination']]]));
      expectRule(row.requirements[0], 'the pagination object', reported, pagination);
      expectRule(row.requirements[0], 'how many customers the page holds', page.result.length, results);
      const ours = new Set(customers.map((c) => c.entityId));
      expectRule('CUST-SEARCH-001', 'customers on the page who do not have the first name', page.result.filter((c) => !ours.has(c.entityId)), []);
    });
  }

  test(...covering(['CUST-SEARCH-003', 'CUST-SEARCH-006'], 'a search without tenant gets 400 constraint-violation, naming tenant'), async ({ api }) => {
    const exchange = await api.call('searchCustomers', { body: { searchType: 'MOBILE', value: '9876543210' } });
    verify(exchange, { status: 400, problemType: 'constraint-violation', requirements: ['CUST-SEARCH-003'] });
    // The page's example is cut at "tena…": the field it names is inferred, so it is checked under a SHOULD of its own.
    verify(exchange, { status: 400, fieldErrorOn: 'tenant', requirements: ['CUST-SEARCH-006'] });
  });
});

/** A customer with a value of its own for every search type, and a card (for KIT and CARD). */
async function searchable(data: DataFactory): Promise<{ customer: CreatedCustomer; card: IssuedCard }> {
  const [firstName, lastName] = [data.uniqueName(), data.uniqueName()];
  const customer = await data.customer({
    firstName,
    lastName,
    email: `${firstName}.${lastName}@example.com`.toLowerCase(),
    voterId: data.voterId(),
    kycToken: data.uniqueId('KYC'),
    customerEntityId: data.uniqueId('CE'),
  });
  return { customer, card: await data.card(customer) };
}

/** The customer's value for a search type. */
function ownValue(customer: CreatedCustomer, card: IssuedCard, searchType: string): string {
  const { body } = customer;
  // Two values come from answers no page documents, each for one search type: without one, that search is not judged
  // here (harness/data/data.ts, needed).
  const answered = {
    CUSTOMER_ID: () => needed('DATA-CUSTOMER-001', 'the customerId of the created customer, which a search by CUSTOMER_ID sends', customer.customerId, { onInference: true }),
    CARD: () => needed('DATA-CARD-001', 'the maskedCardNumber of the issued card, which a search by CARD sends', card.maskedCardNumber, { onInference: true }),
  };
  if (searchType in answered) return answered[searchType as keyof typeof answered]();
  const values: Record<string, string | undefined> = {
    MOBILE: body.mobile.value, KIT: card.kitNo, ENTITY_ID: customer.entityId, PAN: body.pan, AADHAAR_ID: body.aadhaar, VOTER_ID: body.voterId, EMAIL_ID: body.email,
    FIRST_NAME: body.firstName, LAST_NAME: body.lastName, KYC_TOKEN: body.kycToken, CUSTOMER_ENTITY_ID: body.customerEntityId,
  };
  const value = values[searchType];
  if (value === undefined) throw new Error(`the suite has no value for search type ${searchType}: add it to ownValue`);
  return value;
}
