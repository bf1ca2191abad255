import { defineFault } from './fault';

export default defineFault({
  name: 'search-tenant-optional',
  reason: 'A customer search without tenant answers an empty page instead of 400 on tenant.',
  // An empty body lacks tenant too, so the generated empty-body test is answered 200 as well.
  trips: ['CUST-SEARCH-003', 'CONTRACT-NEGATIVE-001'],
  rewrite(exchange) {
    if (exchange.operationId !== 'searchCustomers' || exchange.status !== 400) return;
    if (!exchange.body?.fieldErrors?.some((e: { field: string }) => e.field === 'tenant')) return;
    exchange.status = 200;
    exchange.body = { result: [], pagination: { list: true, pageSize: 10, pageNo: 0, totalPages: 0, totalElements: 0 } };
  },
  demonstrate: async (api) => (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'X' })).statusCode,
});
