import { SignJWT } from 'jose';
import { demoSigningKey } from '../auth/token-authority';
import { defineFault } from './fault';

/** A switch: the guard asks `faults.active('expired-token-accepted')` (sandbox/auth/guard.ts). */
export default defineFault({
  name: 'expired-token-accepted',
  reason: 'A bearer token past its expiry is still accepted.',
  trips: ['AUTH-BEARER-004'],
  demonstrate: async (api) => {
    const expired = await new SignJWT({ tenant: 'ACME_CORP', role: 'partner' }).setProtectedHeader({ alg: 'RS256' }).setSubject('acme-partner')
      .setIssuedAt(1_700_000_000).setExpirationTime(1_700_003_600).sign(demoSigningKey());
    return (await api.call('fetchCustomer', { entityId: 'nobody' }, { headers: { authorization: `Bearer ${expired}` } })).statusCode;
  },
});
