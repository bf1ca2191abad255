import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('preferences-reset-unsent')`. */
export default defineFault({
  name: 'preferences-reset-unsent',
  reason: 'Updating one preference type resets the types not sent to their defaults.',
  trips: ['CARD-PREF-004'],
});
