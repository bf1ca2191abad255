import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('search-page-one-based')`. */
export default defineFault({
  name: 'search-page-one-based',
  reason: 'Search counts pages from 1, so asking for page 0 answers the second page.',
  // Every search asks for page 0 (explicitly or by default), so the single-match searches find nothing too.
  trips: ['CUST-SEARCH-001', 'CUST-SEARCH-002'],
  demonstrate: async (api) => {
    await api.customer({ lastName: 'Pager' });
    return (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'Pager', tenant: 'ACME_CORP' })).json().result.length;
  },
});
