/**
 * Issues and verifies the sandbox's bearer tokens: RS256 JWTs (integration-guide/security) that last
 * 3600 s (integration-guide/authentication). They are signed with a fixed demo key (demo-signing-key.pem), so that a
 * token minted long ago by `npm run mint:expired-token` can stand in `.env.reference` as the expired token the suite
 * must see refused.
 */
import { createPrivateKey, createPublicKey, type KeyObject, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import type { Role } from '../tenants';

export const TOKEN_LIFETIME_SECONDS = 3600;

export interface Caller {
  clientId: string;
  tenantId: string;
  role: Role;
}

/** The demo key of the reference sandbox: no secret of any real environment. */
export function demoSigningKey(): KeyObject {
  return createPrivateKey(readFileSync(join(import.meta.dirname, 'demo-signing-key.pem'), 'utf8'));
}

export class TokenAuthority {
  private readonly keys: { privateKey: KeyObject; publicKey: KeyObject };

  constructor(
    private readonly now: () => Date,
    privateKey: KeyObject = demoSigningKey(),
  ) {
    this.keys = { privateKey, publicKey: createPublicKey(privateKey) };
  }

  async issue(caller: Caller): Promise<string> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    return new SignJWT({ tenant: caller.tenantId, role: caller.role })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setSubject(caller.clientId)
      // Each token its own: two asked for in the same second are otherwise the same string, and latitude mode gives a
      // token its seed (sandbox/latitude/latitude.ts).
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + TOKEN_LIFETIME_SECONDS)
      .sign(this.keys.privateKey);
  }

  /**
   * @throws when the token is malformed, signed by another key, expired, or lacks the sandbox's claims.
   * `lax` is how planted faults skip one of those checks.
   */
  async verify(token: string, lax: { expiry?: boolean; signature?: boolean } = {}): Promise<Caller> {
    // A token whose signature was verified once needs only its expiry checked again: the RSA check was a fifth of the
    // sandbox's time on a long exploration, where every request carries one of a few tokens.
    const known = lax.expiry || lax.signature ? undefined : this.verified.get(token);
    if (known && known.expiresAt > this.now().getTime()) return known.caller;
    const payload = lax.signature
      ? decodeJwt(token)
      : (
          await jwtVerify(token, this.keys.publicKey, {
            algorithms: ['RS256'],
            currentDate: this.now(),
            // Any age passes when expiry is not checked.
            clockTolerance: lax.expiry ? Number.MAX_SAFE_INTEGER : 0,
            requiredClaims: ['sub', 'exp', 'iat'],
          })
        ).payload;
    const { sub, tenant, role } = payload;
    if (typeof sub !== 'string' || typeof tenant !== 'string' || (role !== 'partner' && role !== 'support')) {
      throw new Error('token lacks the sandbox claims');
    }
    const caller: Caller = { clientId: sub, tenantId: tenant, role };
    if (!lax.expiry && !lax.signature && typeof payload.exp === 'number') {
      // Bounded: a run uses a token per worker and role, and a test of tokens a few more.
      if (this.verified.size >= VERIFIED_KEPT) this.verified.clear();
      this.verified.set(token, { caller, expiresAt: payload.exp * 1000 });
    }
    return caller;
  }

  /** Tokens fully verified, with their caller and when they expire (ms). */
  private readonly verified = new Map<string, { caller: Caller; expiresAt: number }>();
}

/** How many verified tokens are kept before the memory starts again. */
const VERIFIED_KEPT = 1000;
