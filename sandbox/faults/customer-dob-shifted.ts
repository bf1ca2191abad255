import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('customer-dob-shifted')`. */
export default defineFault({
  name: 'customer-dob-shifted',
  reason: "A new customer's date of birth is stored a day later than sent.",
  trips: ['DATA-CUSTOMER-001'],
});
