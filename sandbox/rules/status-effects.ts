/**
 * What a customer's or a wallet's status lets through, as the sandbox's own reading of the pages (it imports nothing
 * from the suite's effect matrices, so the two readings check each other):
 * - customer/updateAccountStatus: CREDIT_FREEZE "credits blocked, debits allowed"; DEBIT_FREEZE "debits blocked,
 *   credits allowed"; REFUND_ONLY "only refund transactions allowed"; LOCKED "temporarily locked"; CLOSED
 *   "permanently closed";
 * - wallet/updateWalletStatus: LOCKED "the cardholder can't transact"; FRAUD "suspend all operations"; CREDIT_FREEZE
 *   "prevent new loads while allowing the cardholder to spend existing balance"; DEBIT_FREEZE "allow loads/credits but
 *   prevent spending"; REFUND_ONLY "allow only refund credits"; ACTIVE "restore full transaction capabilities".
 * Inferred: a refund is a credit (so CREDIT_FREEZE stops it), and the statuses the pages say nothing of in money terms
 * (BLOCKED, INACTIVE, CUSTOMER_BLOCKED, EXPIRED) let nothing through, like LOCKED.
 */
import type { AccountStatus } from './status-rules';

/** The kinds of money movement a status decides on. */
export type Movement = 'credit' | 'debit' | 'refund';

/** transaction/createTransaction: "transactionType, not the sign, decides credit or debit". */
export function movementOf(transactionType: string): Movement {
  if (transactionType === 'REFUND') return 'refund';
  return transactionType === 'DEBIT' || transactionType === 'ACCOUNT_CLOSURE' ? 'debit' : 'credit';
}

const ALL: readonly Movement[] = ['credit', 'debit', 'refund'];

/** Customers and wallets read the same on every status the two pages share. */
const LETS_THROUGH: Readonly<Record<AccountStatus, readonly Movement[]>> = {
  ACTIVE: ALL,
  CREDIT_FREEZE: ['debit'],
  DEBIT_FREEZE: ['credit', 'refund'],
  REFUND_ONLY: ['refund'],
  LOCKED: [],
  BLOCKED: [],
  FRAUD: [],
  INACTIVE: [],
  CUSTOMER_BLOCKED: [],
  CLOSED: [],
  EXPIRED: [],
};

export function letsThrough(status: AccountStatus, movement: Movement): boolean {
  return LETS_THROUGH[status].includes(movement);
}
