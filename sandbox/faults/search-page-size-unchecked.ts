import { defineFault } from './fault';

/** A switch the page query asks: a pageNo below 0 or a pageSize below 1 falls back to the default. */
export default defineFault({
  name: 'search-page-size-unchecked',
  reason: 'A search with pageSize 0 or pageNo -1 is answered with the default page instead of 400.',
  trips: ['CUST-SEARCH-005'],
  demonstrate: async (api) =>
    (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'Pager', tenant: 'ACME_CORP' }, { query: { pageSize: '0' } })).statusCode,
});
