/**
 * Nominees (customer/updateNominee): the request replaces the customer's nominees. Rules from the page:
 * "percentage shares must total 100% across all nominees" and "guardian details are required if the
 * nominee is a minor"; both answer 409 PPCUST_010 "Invalid request" (the page's only 409).
 */
import { invalidRequest } from '../http/business-errors';
import type { Ctx } from './context';
import { requireCustomer } from './lookup';
import type { Nominee } from './model';

export function updateNominee(ctx: Ctx, entityId: string, request: { nominees: Nominee[] }) {
  const customer = requireCustomer(ctx, entityId);
  // The planted fault `nominee-first-share-only` checks the first share alone against 100.
  const counted = ctx.faults.active('nominee-first-share-only') ? request.nominees.slice(0, 1) : request.nominees;
  const total = counted.reduce((sum, nominee) => sum + nominee.percentShare, 0);
  if (total !== 100 && !ctx.faults.active('nominee-shares-unchecked')) {
    throw invalidRequest(`Nominee shares total ${total}, not 100`);
  }
  const minorWithoutGuardian = request.nominees.findIndex((nominee) => nominee.minor === true && !nominee.guardian);
  if (minorWithoutGuardian >= 0 && !ctx.faults.active('minor-without-guardian')) {
    throw invalidRequest(`Nominee ${minorWithoutGuardian + 1} is a minor without a guardian`);
  }
  customer.nominees = request.nominees;
  return { entityId: customer.entityId, nominees: customer.nominees };
}
