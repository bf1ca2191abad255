import { defineFault } from './fault';

/** A switch the search asks: a page past the last one serves the last one again. */
export default defineFault({
  name: 'search-past-end-last-page',
  reason: 'A search page past the end repeats the last page instead of being empty.',
  trips: ['CUST-SEARCH-004'],
  demonstrate: async (api) => {
    await api.customer({ lastName: 'Pager' });
    return (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'Pager', tenant: 'ACME_CORP' }, { query: { pageNo: '3' } })).json().result.length;
  },
});
