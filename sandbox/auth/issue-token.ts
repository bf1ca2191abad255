/**
 * POST /auth/token (integration-guide/authentication): client credentials → a bare
 * `{access_token, token_type: "Bearer", expires_in: 3600}`. Unknown client or wrong secret → 401 (inferred body).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FaultSwitches } from '../faults/active-faults';
import { unauthorized } from '../http/problems';
import { findClient } from '../tenants';
import { TOKEN_LIFETIME_SECONDS, type TokenAuthority } from './token-authority';

export interface TokenRequest {
  clientId: string;
  clientSecret: string;
  grantType: 'client_credentials';
}

export async function issueToken(authority: TokenAuthority, faults: FaultSwitches, request: TokenRequest) {
  const found = findClient(request.clientId);
  const secretOk = found !== undefined && sameSecret(found.client.clientSecret, request.clientSecret);
  if (!found || (!secretOk && !faults.active('token-any-secret'))) throw unauthorized('Bad credentials');
  const accessToken = await authority.issue({ clientId: found.client.clientId, tenantId: found.tenant.tenantId, role: found.client.role });
  return { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS };
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
