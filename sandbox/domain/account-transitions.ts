/**
 * Applies the account status rules (rules/status-rules.ts) to a customer or a wallet, with the planted faults that
 * switch single rules off, and raises the documented errors.
 */
import { invalidTransition } from '../http/business-errors';
import { forbidden } from '../http/problems';
import { accountAnswer, type AccountRule, type AccountStatus } from '../rules/status-rules';
import type { FaultName } from '../faults';
import type { Ctx } from './context';

/** The planted faults that switch one rule of the account matrices off. */
const FAULT_WAIVING: Partial<Record<AccountRule, FaultName>> = {
  'same-status': 'same-status-allowed',
  terminal: 'terminal-status-left',
  'support-only': 'role-ignored',
};

export function enforceAccountTransition(ctx: Ctx, subject: 'customer' | 'wallet', from: AccountStatus, to: AccountStatus): void {
  const waived = (rule: AccountRule): boolean => {
    const fault = FAULT_WAIVING[rule];
    return fault !== undefined && ctx.faults.active(fault);
  };
  const outcome = accountAnswer(from, to, ctx.caller.role, waived);
  if (outcome.status === 200) return;
  // wallet/updateWalletStatus: FRAUD and BLOCKED need a support role; the error-codes page gives 403 for that.
  if (outcome.status === 403) throw forbidden(`Only a support role may change a ${subject} from ${from}`);
  // customer/updateAccountStatus: 409 PPCUST_032 "Invalid Status Transition from : X to Y", the one code the matrices use.
  throw invalidTransition(from, to);
}
