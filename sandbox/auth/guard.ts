/**
 * The checks every operation but issueToken makes before anything else (integration-guide/authentication:
 * `Authorization: Bearer <JWT>` and `X-TENANT-ID` on every call; error-codes page: 401 for missing or invalid
 * auth, 403 for valid auth without permission). Inferred: the tenant header is checked after the token.
 */
import type { FastifyRequest } from 'fastify';
import type { ActiveFaults } from '../faults/active-faults';
import { badRequest, forbidden, unauthorized } from '../http/problems';
import type { Caller, TokenAuthority } from './token-authority';

export async function authenticate(request: FastifyRequest, authority: TokenAuthority, faults: ActiveFaults): Promise<Caller> {
  const header = request.headers.authorization;
  if (!header) throw unauthorized('Full authentication is required to access this resource');
  const bearer = /^Bearer +([^\s]+)$/i.exec(header);
  if (!bearer) throw unauthorized('Authorization header is not a bearer token');

  let caller: Caller;
  try {
    caller = await authority.verify(bearer[1], {
      expiry: faults.active('expired-token-accepted'),
      signature: faults.active('any-signature-accepted'),
    });
  } catch {
    throw unauthorized('Bearer token is invalid or expired');
  }

  // The planted fault serves the token's tenant whatever the header says, or without one.
  if (faults.active('tenant-header-ignored')) return caller;
  const tenantId = request.headers['x-tenant-id'];
  if (typeof tenantId !== 'string' || tenantId.trim() === '') {
    throw badRequest('Required request header X-TENANT-ID is missing');
  }
  // Data is tenant-isolated (integration-guide/multi-tenancy): a token only opens its own tenant.
  if (tenantId !== caller.tenantId) throw forbidden(`Access is denied for tenant ${tenantId}`);
  return caller;
}
