import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('tracking-unknown-kit-ok')`. */
export default defineFault({
  name: 'tracking-unknown-kit-ok',
  reason: 'Tracking an unknown kit answers 200 instead of 409 PPCUST_010.',
  trips: ['CARD-TRACK-002'],
});
