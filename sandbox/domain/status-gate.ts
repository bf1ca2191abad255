/**
 * The gate every money movement passes: a movement the customer's or the wallet's status does not let through
 * (sandbox/rules/status-effects.ts) is refused with 409 (inferred: the pages say what is blocked, not how) and
 * changes nothing. The planted faults that break single rules of what a status lets through are consulted here.
 */
import { invalidRequest } from '../http/business-errors';
import { badRequest } from '../http/problems';
import type { FaultName } from '../faults';
import type { AccountStatus } from '../rules/status-rules';
import { letsThrough, type Movement } from '../rules/status-effects';
import type { Ctx } from './context';
import type { Customer, Wallet } from './model';

/** Faults that let a movement through a status that forbids it: for one status, one movement, or both. */
const LET_THROUGH_BY: readonly { fault: FaultName; status?: AccountStatus; movement?: Movement }[] = [
  { fault: 'debit-freeze-spends', status: 'DEBIT_FREEZE', movement: 'debit' },
  { fault: 'credit-freeze-loads', status: 'CREDIT_FREEZE', movement: 'credit' },
  { fault: 'refund-only-spends', status: 'REFUND_ONLY', movement: 'debit' },
  { fault: 'locked-transacts', status: 'LOCKED' },
  { fault: 'refunds-ignore-status', movement: 'refund' },
];

/**
 * A status the gate still applies to a customer who has left it: only the planted fault customer-unlock-keeps-gate
 * sets one (a customer unlocked from LOCKED whose movements stay refused), and the next status change clears it.
 */
export const lingeringStatus = new WeakMap<Customer, AccountStatus>();

/**
 * Throws the refusal when a status forbids the movement. `changeMinor` is what the movement would do to the total
 * balance: only the fault refused-movement-charged applies it.
 */
export function gateMovement(ctx: Ctx, customer: Customer, wallet: Wallet, movement: Movement, changeMinor: number): void {
  const blocker = [
    { who: 'customer', status: lingeringStatus.get(customer) ?? customer.status },
    { who: 'wallet', status: wallet.status },
  ].find(({ status }) => !letsThrough(status, movement) && !letThroughByFault(ctx, status, movement));
  if (!blocker) {
    const active = customer.status === 'ACTIVE' && wallet.status === 'ACTIVE';
    if (movement === 'refund' && active && ctx.faults.active('active-refund-refused')) throw invalidRequest('A refund is not allowed');
    return;
  }
  const detail = `A ${movement} is not allowed while the ${blocker.who} is ${blocker.status}`;
  if (ctx.faults.active('refused-movement-charged')) wallet.totalMinor += changeMinor;
  if (ctx.faults.active('status-refusal-as-400')) throw badRequest(detail);
  throw invalidRequest(detail);
}

function letThroughByFault(ctx: Ctx, status: AccountStatus, movement: Movement): boolean {
  return LET_THROUGH_BY.some((f) => (f.status ?? status) === status && (f.movement ?? movement) === movement && ctx.faults.active(f.fault));
}
