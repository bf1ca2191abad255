import { answerNotFound, defineFault } from './fault';

export default defineFault({
  name: 'undocumented-status',
  reason: 'updateCustomer answers an unknown customer with 404, where the docs give 409 PPCUST_002.',
  trips: ['CONTRACT-STATUS-001', 'CUST-PROFILE-002'],
  rewrite(exchange) {
    if (exchange.operationId !== 'updateCustomer' || exchange.body?.businessCode !== 'PPCUST_002') return;
    answerNotFound(exchange);
  },
  demonstrate: async (api) => (await api.call('updateCustomer', { entityId: 'nobody', firstName: 'X' })).statusCode,
});
