import { defineFault } from './fault';

export default defineFault({
  name: 'auth-skipped-on-track',
  reason: 'Card tracking answers without a bearer token, as if authentication were not checked on it.',
  trips: ['AUTH-BEARER-001', 'AUTH-BEARER-002', 'AUTH-BEARER-003', 'AUTH-BEARER-004'],
  rewrite(exchange) {
    if (exchange.operationId !== 'trackCardDelivery' || exchange.status !== 401) return;
    exchange.status = 409;
    exchange.body = {
      type: 'https://www.m2pfintech.com/problem/problem-with-message',
      title: 'Invalid request', status: 409, detail: 'Invalid request', message: 'error.business', businessCode: 'PPCUST_010',
    };
  },
  demonstrate: async (api) => (await api.post('/prepaid/corporate/v1/card/live-tracking/search', { kitNo: '1' })).statusCode,
});
