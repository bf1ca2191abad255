/**
 * Status rules for customers, wallets and cards, as the reference sandbox's own reading of the pages: it imports
 * nothing from the suite's matrices (fixtures/matrices/), so the two readings check each other cell by cell
 * (tests/sandbox/status-rules.test.ts). Sources: customer/updateAccountStatus, wallet/updateWalletStatus,
 * card/updateCardStatus and integration-guide/entity-states (catalog §6).
 */
import type { Role } from '../tenants';

/** The 11 statuses of customer/updateAccountStatus; wallets use the same set (inferred, catalog §6.2). */
export const ACCOUNT_STATUSES = [
  'ACTIVE', 'LOCKED', 'BLOCKED', 'FRAUD', 'INACTIVE', 'CUSTOMER_BLOCKED',
  'CREDIT_FREEZE', 'DEBIT_FREEZE', 'REFUND_ONLY', 'CLOSED', 'EXPIRED',
] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/**
 * Card statuses the sandbox uses: cards are issued ACTIVE (inferred: issuance auto-approves), or ALLOCATED until
 * activated on the other side of interpretation point issued-card-status.
 */
export type CardStatus = 'ALLOCATED' | 'ACTIVE' | 'LOCKED' | 'BLOCKED' | CardEndStatus;
/** Statuses of the entity-states lifecycle no partner operation leads to; a card there can only be judged, not moved. */
export type CardEndStatus = 'HOTLISTED' | 'CLOSED' | 'EXPIRED';
export type CardStatusRequest = 'LOCKED' | 'UNLOCKED' | 'BLOCKED';

/** Which rule decides an account transition. */
export type AccountRule = 'same-status' | 'terminal' | 'support-only' | 'allowed';

/**
 * The rule for a customer or wallet moving from `from` to `to`, first match wins:
 * - the same status again is an invalid transition (the customer page's one example, CREDIT_FREEZE → CREDIT_FREEZE);
 * - CLOSED and EXPIRED are permanent ("cannot transition to any other status");
 * - FRAUD and BLOCKED change only for "authorized support roles";
 * - anything else is allowed (inferred: no full matrix is published; LOCKED → ACTIVE and ACTIVE → … are documented).
 * The wallet page's rules are applied to customers too (inferred, catalog §6.1).
 */
export function accountRule(from: AccountStatus, to: AccountStatus): AccountRule {
  if (from === to) return 'same-status';
  if (from === 'CLOSED' || from === 'EXPIRED') return 'terminal';
  if (from === 'FRAUD' || from === 'BLOCKED') return 'support-only';
  return 'allowed';
}

/** What a caller gets: 200 and the new status, 403 (valid auth without permission), or 409 PPCUST_032. */
export type AccountAnswer = { status: 200; becomes: AccountStatus } | { status: 403 } | { status: 409 };

/**
 * The answer for `role`. A `waived` rule is how a planted fault switches one rule off: the request then goes through.
 * It is asked about the deciding rule only, so a fault is consulted only by the requests it changes.
 */
export function accountAnswer(from: AccountStatus, to: AccountStatus, role: Role, waived: (rule: AccountRule) => boolean = () => false): AccountAnswer {
  const rule = accountRule(from, to);
  if (rule === 'allowed' || (rule === 'support-only' && role === 'support') || waived(rule)) return { status: 200, becomes: to };
  return rule === 'support-only' ? { status: 403 } : { status: 409 };
}

export type CardVerdict = { outcome: 'move'; to: CardStatus } | { outcome: 'already' } | { outcome: 'refused' };

/**
 * card/updateCardStatus: a card must be ACTIVE to be locked or blocked and LOCKED to be unlocked; BLOCKED is
 * irreversible, as are HOTLISTED, CLOSED and EXPIRED (entity-states); a request for the status the card already has
 * succeeds ("Card was already LOCKED"; an ACTIVE card asked to UNLOCK is already unlocked).
 */
export function judgeCardRequest(current: CardStatus, requested: CardStatusRequest): CardVerdict {
  const asked: CardStatus = requested === 'UNLOCKED' ? 'ACTIVE' : requested;
  if (asked === current) return { outcome: 'already' };
  // An ALLOCATED card is neither ACTIVE nor LOCKED: it leaves ALLOCATED only by activation.
  if (current === 'ACTIVE' && requested !== 'UNLOCKED') return { outcome: 'move', to: asked };
  if (current === 'LOCKED' && requested === 'UNLOCKED') return { outcome: 'move', to: 'ACTIVE' };
  return { outcome: 'refused' };
}
