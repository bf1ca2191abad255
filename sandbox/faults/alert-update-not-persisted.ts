import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('alert-update-not-persisted')`. */
export default defineFault({
  name: 'alert-update-not-persisted',
  reason: 'An alert update answers the new values but a later fetch returns the old ones.',
  trips: ['ALERT-001'],
});
