import { defineFault } from './fault';

export default defineFault({
  name: 'fetch-wrong-code',
  reason: 'Fetching an unknown customer answers PPCUST_080, a code the contract does not list for this operation.',
  trips: ['CONTRACT-BC-001', 'DATA-CUSTOMER-002'],
  rewrite(exchange) {
    if (exchange.operationId === 'fetchCustomer' && exchange.body?.businessCode === 'PPCUST_002') exchange.body.businessCode = 'PPCUST_080';
  },
});
