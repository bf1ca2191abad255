import { covering, operations, test, seedOfTest, validBody, verify } from '../../harness';

// Every operation with a JSON body: bodies its request schema accepts, made at random from the run's seed (replay a
// failure with SEED). Whatever the answer, it must be documented and never a 5xx (error-codes: 500 is a server fault).
const BODIES = 3;

for (const operation of operations().filter((op) => op.requestSchemaId)) {
  for (let n = 1; n <= BODIES; n++) {
    test(...covering({ requirements: ['CONTRACT-5XX-001'], operation: operation.operationId }, `${operation.operationId}: schema-valid random body ${n} of ${BODIES} gets a documented answer, not a 5xx`), async ({ api, target }) => {
      const body = validBody(operation.operationId, seedOfTest(target.seed, test.info()));
      verify(await api.call(operation.operationId, { body, pathParams: operation.samplePathParams }));
    });
  }
}
