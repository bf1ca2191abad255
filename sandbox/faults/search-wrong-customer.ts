import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('search-wrong-customer')`. */
export default defineFault({
  name: 'search-wrong-customer',
  reason: 'Searching by LAST_NAME matches on the first name.',
  trips: ['CUST-SEARCH-001'],
  demonstrate: async (api) => {
    await api.customer({ firstName: 'Rao', lastName: 'Asha' });
    return (await api.call('searchCustomers', { searchType: 'LAST_NAME', value: 'Rao', tenant: 'ACME_CORP' })).json().result.length;
  },
});
