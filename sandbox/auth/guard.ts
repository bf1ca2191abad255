/**
 * The checks every operation but issueToken makes before anything else (integration-guide/authentication:
 * `Authorization: Bearer <JWT>` and `X-TENANT-ID` on every call; error-codes page: 401 for missing or invalid
 * auth, 403 for valid auth without permission). Inferred: the tenant header is checked after the token.
 */
import type { FastifyRequest } from 'fastify';
import type { FaultSwitches } from '../faults/active-faults';
import { badRequest, forbidden, unauthorized } from '../http/problems';
import type { Caller, TokenAuthority } from './token-authority';

export async function authenticate(request: FastifyRequest, authority: TokenAuthority, faults: FaultSwitches): Promise<Caller> {
  const header = request.headers.authorization;
  if (!header) throw unauthorized('Full authentication is required to access this resource');
  const bearer = /^Bearer +([^\s]+)$/i.exec(header);
  if (!bearer) throw unauthorized('Authorization header is not a bearer token');
  const caller = await verified(bearer[1], authority, faults);

  // The planted faults are asked only about a header that is missing or names another tenant, the only requests they
  // change, so that the proof knows which answers each can reach (sandbox/faults/fault-consultations.ts). With
  // `tenant-header-ignored` the token's tenant is served whatever the header says, or without one.
  const tenantId = request.headers['x-tenant-id'];
  // The other side of interpretation point search-tenant-header: search takes its tenant from the body alone.
  const bodyOnly = () => request.routeOptions.config.operationId === 'searchCustomers' && faults.active('search-tenant-header=body-only');
  if (typeof tenantId !== 'string' || tenantId.trim() === '') {
    if (bodyOnly() || faults.active('tenant-header-ignored')) return caller;
    throw badRequest('Required request header X-TENANT-ID is missing');
  }
  // Data is tenant-isolated (integration-guide/multi-tenancy): a token only opens its own tenant.
  if (tenantId !== caller.tenantId && !bodyOnly() && !faults.active('tenant-header-ignored')) throw forbidden(`Access is denied for tenant ${tenantId}`);
  return caller;
}

/** The caller a token vouches for; the planted faults that skip a check are asked only about a token the checks refuse. */
async function verified(token: string, authority: TokenAuthority, faults: FaultSwitches): Promise<Caller> {
  try {
    return await authority.verify(token);
  } catch {
    const lax = { expiry: faults.active('expired-token-accepted'), signature: faults.active('any-signature-accepted') };
    if (lax.expiry || lax.signature) {
      try {
        return await authority.verify(token, lax);
      } catch {
        // Refused even so: below.
      }
    }
    throw unauthorized('Bearer token is invalid or expired');
  }
}
