import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('search-wrong-customer')`. */
export default defineFault({
  name: 'search-wrong-customer',
  reason: 'Searching by LAST_NAME matches on the first name.',
  trips: ['CUST-SEARCH-001'],
});
