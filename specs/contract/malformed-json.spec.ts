import { operations, test, verify } from '../../harness';

// Every operation, from the contract: a body that is not JSON is the documented 400, never a 5xx.
for (const operation of operations()) {
  test(`[CONTRACT-MALFORMED-001] ${operation.operationId}: a body that is not JSON gets 400 "Unable to convert http message"`, async ({ api }) => {
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
