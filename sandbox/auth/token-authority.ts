/**
 * Issues and verifies the sandbox's bearer tokens: RS256 JWTs (integration-guide/security) that last
 * 3600 s (integration-guide/authentication). The key pair is made when the sandbox starts, so a restart
 * invalidates every token it issued.
 */
import { generateKeyPairSync } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Role } from '../tenants';

export const TOKEN_LIFETIME_SECONDS = 3600;

export interface Caller {
  clientId: string;
  tenantId: string;
  role: Role;
}

export class TokenAuthority {
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });

  constructor(private readonly now: () => Date) {}

  async issue(caller: Caller): Promise<string> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    return new SignJWT({ tenant: caller.tenantId, role: caller.role })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setSubject(caller.clientId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + TOKEN_LIFETIME_SECONDS)
      .sign(this.keys.privateKey);
  }

  /** @throws when the token is malformed, signed by another key, expired, or lacks the sandbox's claims. */
  async verify(token: string): Promise<Caller> {
    const { payload } = await jwtVerify(token, this.keys.publicKey, {
      algorithms: ['RS256'],
      currentDate: this.now(),
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    const { sub, tenant, role } = payload;
    if (typeof sub !== 'string' || typeof tenant !== 'string' || (role !== 'partner' && role !== 'support')) {
      throw new Error('token lacks the sandbox claims');
    }
    return { clientId: sub, tenantId: tenant, role };
  }
}
