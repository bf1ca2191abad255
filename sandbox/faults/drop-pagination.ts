import { defineFault, isEnvelope } from './fault';

export default defineFault({
  name: 'drop-pagination',
  reason: 'Success envelopes lose their required `pagination` key, so responses no longer match the contract.',
  trips: ['CONTRACT-SCHEMA-001'],
  rewrite(exchange) {
    if (exchange.status === 200 && isEnvelope(exchange.body)) delete exchange.body.pagination;
  },
});
