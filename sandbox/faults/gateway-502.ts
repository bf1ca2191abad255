import { defineFault } from './fault';

/** An environment fault, not an API fault: the suite must report it as such and name no requirement. */
export default defineFault({
  name: 'gateway-502',
  reason: 'A gateway in front of card tracking answers 502 with an HTML page.',
  trips: [],
  environment: true,
  rewrite(exchange) {
    if (exchange.operationId !== 'trackCardDelivery') return;
    exchange.status = 502;
    exchange.contentType = 'text/html';
    exchange.body = '<html><body><h1>502 Bad Gateway</h1></body></html>';
  },
  demonstrate: async (api) => (await api.call('trackCardDelivery', { kitNo: '1' })).statusCode,
});
