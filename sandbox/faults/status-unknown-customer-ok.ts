import { defineFault } from './fault';

export default defineFault({
  name: 'status-unknown-customer-ok',
  reason: 'A status change for a customer that does not exist answers 200 instead of 409 PPCUST_002.',
  trips: ['CUST-STATUS-005'],
  rewrite(exchange) {
    if (exchange.operationId !== 'updateCustomerStatus' || exchange.body?.businessCode !== 'PPCUST_002') return;
    exchange.status = 200;
    exchange.body = { result: { entityId: '000000000000000000000000', status: 'LOCKED' }, pagination: null };
  },
});
