import { defineFault, isEnvelope } from './fault';

export default defineFault({
  name: 'drop-pagination',
  // One operation is enough to prove the check; breaking every envelope would only fail every test and slow the proof.
  reason: 'Customer search answers lose their required `pagination` key, so they no longer match the contract.',
  trips: ['CONTRACT-SCHEMA-001'],
  rewrite(exchange) {
    if (exchange.operationId === 'searchCustomers' && exchange.status === 200 && isEnvelope(exchange.body)) delete exchange.body.pagination;
  },
  demonstrate: async (api) => 'pagination' in (await api.call('searchCustomers', { searchType: 'ENTITY_ID', value: (await api.customer()).entityId, tenant: 'ACME_CORP' })).json(),
});
