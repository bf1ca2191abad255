import { covering, operations, test, verify } from '../../harness';

// Every secured operation, from the contract: no bearer token, no service (error-codes page: 401).
for (const operation of operations().filter((op) => op.secured)) {
  test(...covering({ requirements: ['AUTH-BEARER-001'], operation: operation.operationId }, `${operation.operationId}: a request without a bearer token gets 401`), async ({ api }) => {
    const exchange = await api.call(operation.operationId, {
      auth: 'none',
      pathParams: operation.samplePathParams,
      // An empty body where the operation takes one; none on a GET.
      body: operation.requestSchemaId ? {} : undefined,
    });
    verify(exchange, { status: 401, requirements: ['AUTH-BEARER-001'] });
  });
}
