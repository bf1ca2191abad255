import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('preferences-on-locked-card')`. */
export default defineFault({
  name: 'preferences-on-locked-card',
  reason: 'Preferences are accepted on a card that is not ACTIVE instead of 409 PPCUST_036.',
  trips: ['CARD-PREF-002'],
});
