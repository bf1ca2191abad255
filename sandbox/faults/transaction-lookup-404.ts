import { answerNotFound, defineFault } from './fault';
import { lookup } from './scenario-steps';

export default defineFault({
  name: 'transaction-lookup-404',
  reason: 'Fetch Transaction by External ID answers an unknown ID with 404, where the docs give 409 PPCUST_002.',
  trips: ['CONTRACT-STATUS-001', 'MONEY-LOOKUP-002'],
  rewrite(exchange) {
    if (exchange.operationId !== 'fetchTransactionByExternalId' || exchange.body?.businessCode !== 'PPCUST_002') return;
    answerNotFound(exchange);
  },
  demonstrate: async (api) => (await lookup(api, 'nope')).statusCode,
});
