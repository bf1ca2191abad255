import { defineFault } from './fault';

/**
 * An environment fault, not an API fault: the gateway answers every API call but the token endpoint with 502, so a
 * run gets past its checks before the first test and then meets a dead environment. The suite must report environment
 * errors and no violation, and its circuit breaker must stop the run early (tests/suite/failed-runs.test.ts).
 */
export default defineFault({
  name: 'environment-down',
  reason: 'A gateway in front of the API answers every call but /auth/token with 502 and an HTML page.',
  trips: [],
  environment: true,
  // Every test fails, each with environment errors: the matrix cells too.
  cells: () => true,
  effectCells: () => true,
  rewrite(exchange) {
    if (exchange.operationId === undefined || exchange.operationId === 'issueToken') return;
    exchange.status = 502;
    exchange.contentType = 'text/html';
    exchange.body = '<html><body><h1>502 Bad Gateway</h1></body></html>';
  },
  demonstrate: async (api) => (await api.call('fetchCustomer', { entityId: 'nobody' })).statusCode,
});
