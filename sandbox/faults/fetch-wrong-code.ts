import { defineFault } from './fault';

/** The page shows no error, so its 409 code is assumed (x-inferred): another code breaks the inferred SHOULD. */
export default defineFault({
  name: 'fetch-wrong-code',
  reason: 'Fetching an unknown customer answers PPCUST_080, a code the contract does not assume for this operation.',
  trips: ['CONTRACT-BC-002', 'DATA-CUSTOMER-002'],
  rewrite(exchange) {
    if (exchange.operationId === 'fetchCustomer' && exchange.body?.businessCode === 'PPCUST_002') exchange.body.businessCode = 'PPCUST_080';
  },
  demonstrate: async (api) => (await api.call('fetchCustomer', { entityId: 'nobody' })).json().businessCode,
});
