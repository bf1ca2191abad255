import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { defineFault } from './fault';

/** A switch: the guard asks `faults.active('any-signature-accepted')` (sandbox/auth/guard.ts). */
export default defineFault({
  name: 'any-signature-accepted',
  reason: 'Bearer tokens are decoded but their signature is never verified: a token signed with any key passes.',
  // Decoding without verifying skips the expiry too, so the expired token passes as well.
  trips: ['AUTH-BEARER-003', 'AUTH-BEARER-004'],
  demonstrate: async (api) => {
    const foreign = await new SignJWT({ tenant: 'ACME_CORP', role: 'partner' }).setProtectedHeader({ alg: 'RS256' }).setSubject('acme-partner')
      .setIssuedAt().setExpirationTime('1h').sign(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    return (await api.call('fetchCustomer', { entityId: 'nobody' }, { headers: { authorization: `Bearer ${foreign}` } })).statusCode;
  },
});
