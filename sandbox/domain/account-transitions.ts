/**
 * Applies the account status matrices (rules/status-rules.ts) to a customer or a wallet, with the planted
 * faults that switch single rules off, and raises the documented errors.
 */
import { invalidTransition } from '../http/business-errors';
import { forbidden } from '../http/problems';
import type { CellRule } from '../../harness/matrices';
import { transitionOutcome, type AccountStatus } from '../rules/status-rules';
import type { Ctx } from './context';

export function enforceAccountTransition(ctx: Ctx, subject: 'customer' | 'wallet', from: AccountStatus, to: AccountStatus): void {
  const waived: CellRule[] = [];
  if (ctx.faults.active('same-status-allowed')) waived.push('same-status');
  if (ctx.faults.active('terminal-status-left')) waived.push('terminal');
  if (ctx.faults.active('role-ignored')) waived.push('support-only');

  const outcome = transitionOutcome(`${subject}-status`, from, to, ctx.caller.role, waived);
  if (outcome.status === 200) return;
  // wallet/updateWalletStatus: FRAUD and BLOCKED need a support role; the error-codes page gives 403 for that.
  if (outcome.status === 403) throw forbidden(`Only a support role may change a ${subject} from ${from}`);
  // customer/updateAccountStatus: 409 PPCUST_032 "Invalid Status Transition from : X to Y", the one code the matrices use.
  throw invalidTransition(from, to);
}
