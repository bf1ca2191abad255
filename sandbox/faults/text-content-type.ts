import { defineFault } from './fault';

export default defineFault({
  name: 'text-content-type',
  reason: 'getUsageDetails labels its JSON body `text/plain`; every response must be application/json.',
  trips: ['CONTRACT-CT-001'],
  rewrite(exchange) {
    if (exchange.operationId === 'getUsageDetails') exchange.contentType = 'text/plain; charset=utf-8';
  },
  demonstrate: async (api) => (await api.call('getUsageDetails', { pan: 'ZZZZZ9999Z' })).headers['content-type'],
});
