import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('customer-dob-shifted')`. */
export default defineFault({
  name: 'customer-dob-shifted',
  reason: "A new customer's date of birth is stored a day later than sent.",
  // A usage lookup by the date of birth the customer was onboarded with then finds nobody (usage.json).
  trips: ['DATA-CUSTOMER-001', 'CUST-USAGE-004'],
  demonstrate: async (api) => (await api.call('fetchCustomer', { entityId: (await api.customer()).entityId })).json().result.dob,
});
