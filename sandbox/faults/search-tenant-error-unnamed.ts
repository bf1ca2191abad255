import { defineFault } from './fault';

export default defineFault({
  name: 'search-tenant-error-unnamed',
  reason: 'A customer search without tenant gets its 400 constraint-violation on "request" instead of naming tenant.',
  // The generated empty-body test accepts an error on any required field, so only the search spec's own test notices.
  trips: ['CUST-SEARCH-006'],
  rewrite(exchange) {
    if (exchange.operationId !== 'searchCustomers' || exchange.status !== 400 || !Array.isArray(exchange.body?.fieldErrors)) return;
    for (const error of exchange.body.fieldErrors as { field: string }[]) if (error.field === 'tenant') error.field = 'request';
  },
  demonstrate: async (api) => (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'X' })).json().fieldErrors,
});
