import { covering, forgedToken, operations, test, verify } from '../../harness';

// Every secured operation, from the contract: a bearer token that is not valid gets no service (error-codes: 401).
// The body is empty on purpose: authentication comes before validation, so a 400 here would mean it did not. An
// operation without a request body (a GET) is sent none.
for (const operation of operations().filter((op) => op.secured)) {
  const withToken = { pathParams: operation.samplePathParams, body: operation.requestSchemaId ? {} : undefined };

  test(...covering({ requirements: ['AUTH-BEARER-002'], operation: operation.operationId }, `${operation.operationId}: a bearer token that is not a JWT gets 401`), async ({ api }) => {
    const exchange = await api.call(operation.operationId, { ...withToken, auth: { token: 'not-a-jwt' } });
    verify(exchange, { status: 401, requirements: ['AUTH-BEARER-002'] });
  });

  test(...covering({ requirements: ['AUTH-BEARER-003'], operation: operation.operationId }, `${operation.operationId}: a token with genuine claims signed by another key gets 401`), async ({ api, tokens, target }) => {
    const token = await forgedToken(await tokens.token(target.partner));
    verify(await api.call(operation.operationId, { ...withToken, auth: { token } }), { status: 401, requirements: ['AUTH-BEARER-003'] });
  });

  test(...covering({ requirements: ['AUTH-BEARER-004'], operation: operation.operationId }, `${operation.operationId}: an expired token gets 401`), async ({ api, target }) => {
    test.skip(!target.expiredToken, `needs a token of this environment that has expired: set EXPIRED_TOKEN in ${target.envFile}`);
    verify(await api.call(operation.operationId, { ...withToken, auth: { token: target.expiredToken! } }), { status: 401, requirements: ['AUTH-BEARER-004'] });
  });
}
