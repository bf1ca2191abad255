/**
 * `npm run mint:expired-token`: prints a bearer token of the reference sandbox's partner that expired on
 * 2026-01-01, signed with the sandbox's demo key. `.env.reference` carries it as EXPIRED_TOKEN; run this again
 * only if the demo key (sandbox/auth/demo-signing-key.pem) changes.
 */
import { SignJWT } from 'jose';
import { demoSigningKey } from '../sandbox/auth/token-authority';

const issuedAt = Date.UTC(2026, 0, 1) / 1000 - 3600;
const token = await new SignJWT({ tenant: 'ACME_CORP', role: 'partner' })
  .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
  .setSubject('acme-partner')
  .setIssuedAt(issuedAt)
  .setExpirationTime(issuedAt + 3600)
  .sign(demoSigningKey());
console.log(token);
