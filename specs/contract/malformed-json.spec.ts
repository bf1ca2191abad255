import { covering, operations, test, verify } from '../../harness';

// Every operation that takes a body, from the contract: a body that is not JSON is the documented 400, never a 5xx.
// An operation without a request body (the GET of Fetch Transaction by External ID) has nothing to be malformed.
for (const operation of operations().filter((op) => op.requestSchemaId)) {
  test(...covering({ requirements: ['CONTRACT-MALFORMED-001'], operation: operation.operationId }, `${operation.operationId}: a body that is not JSON gets 400 "Unable to convert http message"`), async ({ api }) => {
    const exchange = await api.call(operation.operationId, {
      pathParams: operation.samplePathParams,
      rawBody: '{"entityId": "7502441373", "status": ',
    });
    verify(exchange, {
      status: 400,
      problemType: 'problem-with-message',
      detail: 'Unable to convert http message',
      requirements: ['CONTRACT-MALFORMED-001'],
    });
  });
}
