import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('upper-limit-unenforced')`. */
export default defineFault({
  name: 'upper-limit-unenforced',
  reason: 'Preference limits above the product upper limit are accepted.',
  trips: ['CARD-PREF-003'],
});
