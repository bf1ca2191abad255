import { defineFault } from './fault';
import { setCustomer } from './scenario-steps';

export default defineFault({
  name: 'status-unknown-customer-ok',
  reason: 'A status change for a customer that does not exist answers 200 instead of 409 PPCUST_002.',
  // Another tenant's entity is unknown too, so the answer to that tenant is no refusal either (tenant-isolation.spec.ts).
  trips: ['CUST-STATUS-005', 'AUTH-ISOLATION-001'],
  rewrite(exchange) {
    if (exchange.operationId !== 'updateCustomerStatus' || exchange.body?.businessCode !== 'PPCUST_002') return;
    exchange.status = 200;
    exchange.body = { result: { entityId: '000000000000000000000000', status: 'LOCKED' }, pagination: null };
  },
  demonstrate: async (api) => (await setCustomer(api, 'nobody', 'LOCKED')).statusCode,
});
