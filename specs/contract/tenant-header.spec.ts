import { covering, type Expectation, type Exchange, operations, sideExpectation, test, seedOfTest, validBody, verify } from '../../harness';

/**
 * Customer search lists no X-TENANT-ID header and takes the tenant in its body (interpretation point
 * search-tenant-header): there, the header's answer is the profile's side, or either. Elsewhere it is `required`.
 */
const HEADERLESS = 'searchCustomers';
const headerAnswer = (operationId: string, exchange: Exchange, required: Expectation): Expectation =>
  operationId !== HEADERLESS
    ? required
    : sideExpectation('search-tenant-header', exchange.response?.status === 200 ? 'body-only' : 'required', {
        required,
        'body-only': { status: 200, requirements: required.requirements },
      });

// Every secured operation, from the contract: X-TENANT-ID is required on every call (every page's Authorization
// block), and a token opens only its own tenant (integration-guide/multi-tenancy). The body is schema-valid
// (harness/contract/request-bodies.ts), so that a 400 can only be about the header.
for (const operation of operations().filter((op) => op.secured)) {
  const call = (seed: number, tenant: string) => {
    const body = operation.requestSchemaId ? (validBody(operation.operationId, seed) as Record<string, unknown>) : undefined;
    // The body's own tenant is the caller's, so that only the header is wrong.
    if (operation.operationId === HEADERLESS && body) body.tenant = tenant;
    return { pathParams: operation.samplePathParams, body };
  };

  test(...covering({ requirements: ['AUTH-TENANT-001'], operation: operation.operationId }, `${operation.operationId}: a request without X-TENANT-ID gets 400`), async ({ api, target }) => {
    const exchange = await api.call(operation.operationId, { ...call(seedOfTest(target.seed, test.info()), target.tenant), tenant: null });
    verify(exchange, headerAnswer(operation.operationId, exchange, { status: 400, problemType: 'problem-with-message', requirements: ['AUTH-TENANT-001'] }));
  });

  test(...covering({ requirements: ['AUTH-TENANT-002'], operation: operation.operationId }, `${operation.operationId}: a request naming a tenant the token does not belong to gets 403`), async ({ api, target }) => {
    const exchange = await api.call(operation.operationId, { ...call(seedOfTest(target.seed, test.info()), target.tenant), tenant: `${target.tenant}_NOT_MINE` });
    verify(exchange, headerAnswer(operation.operationId, exchange, { status: 403, requirements: ['AUTH-TENANT-002'] }));
  });
}
