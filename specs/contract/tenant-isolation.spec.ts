import { concurrently, covering, type DataFactory, expectRule, type IssuedCard, type LoadResult, test, verify } from '../../harness';

// Rules: integration-guide/multi-tenancy (data is tenant-isolated). Tenant A is the partner under test; tenant B is
// SECOND_TENANT_* of the environment file, with its own credentials and header. Each attempt gets a fresh funded card
// of A; B's request must be refused (any documented 4xx: for B the entity does not exist), and A's data must be as it was.
// An attempt names A's entity in its body, or in its path (the funding load's externalTransactionId).
const attempts: {
  operationId: string;
  reads: boolean;
  body?: (card: IssuedCard, data: DataFactory) => unknown;
  pathParams?: (funding: LoadResult) => Record<string, string>;
}[] = [
  { operationId: 'fetchCustomer', reads: true, body: (card) => ({ entityId: card.customer.entityId }) },
  { operationId: 'fetchAllCards', reads: true, body: (card) => ({ entityId: card.customer.entityId }) },
  { operationId: 'fetchCardBalance', reads: true, body: (card) => ({ entityId: card.customer.entityId, kitNo: card.kitNo }) },
  { operationId: 'checkWalletBalance', reads: true, body: (card) => ({ entityId: card.customer.entityId, accountId: card.accountId }) },
  { operationId: 'trackCardDelivery', reads: true, body: (card) => ({ kitNo: card.kitNo }) },
  { operationId: 'getUsageDetails', reads: true, body: (card) => ({ pan: card.customer.body.pan }) },
  { operationId: 'fetchTransactionByExternalId', reads: true, pathParams: (funding) => ({ externalTransactionId: funding.externalTransactionId }) },
  { operationId: 'updateCustomer', reads: false, body: (card) => ({ entityId: card.customer.entityId, firstName: 'Intruder' }) },
  { operationId: 'updateCustomerStatus', reads: false, body: (card) => ({ entityId: card.customer.entityId, status: 'BLOCKED' }) },
  { operationId: 'updateWalletStatus', reads: false, body: (card) => ({ accountId: card.accountId, status: 'BLOCKED' }) },
  { operationId: 'updateCardStatus', reads: false, body: (card, data) => data.cardStatus(card, 'BLOCKED') },
  { operationId: 'markLien', reads: false, body: (card, data) => data.lien(card, { type: 'ADD', lienAmount: 100 }) },
  { operationId: 'loadWallet', reads: false, body: (card, data) => data.transaction(card, { amount: '100', transactionType: 'DEBIT', txnOrigin: 'POS' }) },
];

test.describe('tenant isolation', () => {
  for (const { operationId, reads, body, pathParams } of attempts) {
    const what = reads ? 'read' : 'changed';
    test(...covering({ requirements: ['AUTH-ISOLATION-001'], operation: operationId }, `${operationId}: another tenant's customer, card or wallet cannot be ${what}`), async ({ secondTenantApi, data }) => {
      const card = await data.card();
      const funding = await data.load(card, '500');
      const before = await stateOf(data, card);
      const exchange = await secondTenantApi.call(operationId, { body: body?.(card, data), pathParams: pathParams?.(funding) });
      verify(exchange);
      expectRule('AUTH-ISOLATION-001', `what ${operationId} answers the other tenant`, refusal(exchange.response?.status), 'refused (4xx)');
      expectRule('AUTH-ISOLATION-001', "this tenant's customer, card and wallet after the other tenant's attempt", await stateOf(data, card), before);
    });
  }

  test(...covering({ requirements: ['AUTH-ISOLATION-001'], operation: 'searchCustomers' }, "searchCustomers: another tenant's search finds none of this tenant's customers"), async ({ secondTenantApi, data }) => {
    const card = await data.fundedCard('500');
    const exchange = await secondTenantApi.call('searchCustomers', {
      body: { searchType: 'ENTITY_ID', value: card.customer.entityId, tenant: secondTenantApi.identity.tenant },
    });
    const { result } = verify<{ result: unknown[] }>(exchange, { status: 200, requirements: ['AUTH-ISOLATION-001'] });
    expectRule('AUTH-ISOLATION-001', 'the customers the other tenant finds', result, []);
  });
});

function refusal(status: number | undefined): string {
  return status !== undefined && status >= 400 && status < 500 ? 'refused (4xx)' : `answered ${status ?? 'nothing'}`;
}

/**
 * What tenant B could change of A's: compared before and after B's attempt, so a fault elsewhere is not blamed here.
 * Four reads that change nothing, sent at once: more exchanges in flight without more workers.
 */
async function stateOf(data: DataFactory, card: IssuedCard) {
  const [{ firstName, status }, { totalBalance, availableBalance }, cardStatus, walletStatus] = await concurrently([
    data.fetchCustomer(card.customer),
    data.balance(card),
    data.cardStatusOf(card),
    data.walletStatus(card),
  ]);
  return { firstName, status, cardStatus, walletStatus, totalBalance, availableBalance };
}
