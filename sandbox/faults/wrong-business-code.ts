import { defineFault } from './fault';
import { setCustomer } from './scenario-steps';

export default defineFault({
  name: 'wrong-business-code',
  reason: 'updateCustomerStatus rejects an invalid transition with PPCUST_033, a code the docs never give for it.',
  trips: ['CONTRACT-BC-001', 'CUST-STATUS-002', 'CUST-STATUS-003'],
  cells: (t) => t.matrix === 'customer-status' && t.status === 409,
  rewrite(exchange) {
    if (exchange.operationId === 'updateCustomerStatus' && exchange.body?.businessCode === 'PPCUST_032') {
      exchange.body.businessCode = 'PPCUST_033';
    }
  },
  demonstrate: async (api) => (await setCustomer(api, (await api.customer()).entityId, 'ACTIVE')).json().businessCode,
});
