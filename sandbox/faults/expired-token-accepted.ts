import { defineFault } from './fault';

/** A switch: the guard asks `faults.active('expired-token-accepted')` (sandbox/auth/guard.ts). */
export default defineFault({
  name: 'expired-token-accepted',
  reason: 'A bearer token past its expiry is still accepted.',
  trips: ['AUTH-BEARER-004'],
});
