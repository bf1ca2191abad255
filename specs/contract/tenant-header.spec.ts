import { operations, test, testSeed, validBody, verify } from '../../harness';

// Every secured operation, from the contract: X-TENANT-ID is required on every call (every page's Authorization
// block), and a token opens only its own tenant (integration-guide/multi-tenancy). The body is schema-valid
// (harness/request-bodies.ts), so that a 400 can only be about the header.
for (const operation of operations().filter((op) => op.secured)) {
  const call = (seed: number) => ({
    pathParams: operation.samplePathParams,
    body: operation.requestSchemaId ? validBody(operation.operationId, seed) : undefined,
  });

  test(`[AUTH-TENANT-001] ${operation.operationId}: a request without X-TENANT-ID gets 400`, async ({ api, target }) => {
    const exchange = await api.call(operation.operationId, { ...call(testSeed(target.seed, test.info().titlePath)), tenant: null });
    verify(exchange, { status: 400, problemType: 'problem-with-message', requirements: ['AUTH-TENANT-001'] });
  });

  test(`[AUTH-TENANT-002] ${operation.operationId}: a request naming a tenant the token does not belong to gets 403`, async ({ api, target }) => {
    const exchange = await api.call(operation.operationId, { ...call(testSeed(target.seed, test.info().titlePath)), tenant: `${target.tenant}_NOT_MINE` });
    verify(exchange, { status: 403, requirements: ['AUTH-TENANT-002'] });
  });
}
