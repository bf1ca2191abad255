import { defineFault } from './fault';

export default defineFault({
  name: 'undocumented-status',
  reason: 'updateCustomer answers an unknown customer with 404, where the docs give 409 PPCUST_002.',
  trips: ['CONTRACT-STATUS-001', 'CUST-PROFILE-002'],
  rewrite(exchange) {
    if (exchange.operationId !== 'updateCustomer' || exchange.body?.businessCode !== 'PPCUST_002') return;
    // A clean 404 problem, so that only the status code itself is wrong, not the body's consistency.
    const { detail } = exchange.body;
    exchange.status = 404;
    exchange.body = { type: exchange.body.type, title: 'Not Found', status: 404, detail, message: 'error.http.404' };
  },
});
