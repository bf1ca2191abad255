/**
 * Status rules for customers, wallets and cards, as data plus two small judges, so they can later be
 * driven from fixture files. Sources: customer/updateAccountStatus, wallet/updateWalletStatus,
 * card/updateCardStatus and integration-guide/entity-states (catalog §6).
 */
import type { Role } from '../tenants';

/** The 11 statuses of customer/updateAccountStatus; wallets use the same set (inferred, catalog §6.2). */
export const ACCOUNT_STATUSES = [
  'ACTIVE', 'LOCKED', 'BLOCKED', 'FRAUD', 'INACTIVE', 'CUSTOMER_BLOCKED',
  'CREDIT_FREEZE', 'DEBIT_FREEZE', 'REFUND_ONLY', 'CLOSED', 'EXPIRED',
] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** A rule that can stop an account transition, checked in the order listed. */
export type AccountRule = 'terminal' | 'same-status' | 'support-only';
export type AccountVerdict = 'allowed' | AccountRule;

/** entity-states: CLOSED and EXPIRED are terminal; no target is allowed from them. → 409 PPCUST_032 */
export const TERMINAL_STATUSES: readonly AccountStatus[] = ['CLOSED', 'EXPIRED'];

/** wallet/updateWalletStatus: FRAUD and BLOCKED change only by authorized support roles. → 403 */
export const SUPPORT_ONLY_FROM: readonly AccountStatus[] = ['FRAUD', 'BLOCKED'];

const ACCOUNT_RULES: ReadonlyArray<{ rule: AccountRule; stops: (from: AccountStatus, to: AccountStatus, role: Role) => boolean }> = [
  { rule: 'terminal', stops: (from) => TERMINAL_STATUSES.includes(from) },
  // customer/updateAccountStatus: the documented invalid transition is CREDIT_FREEZE → CREDIT_FREEZE.
  { rule: 'same-status', stops: (from, to) => from === to },
  { rule: 'support-only', stops: (from, _to, role) => SUPPORT_ONLY_FROM.includes(from) && role !== 'support' },
];

/**
 * The first rule that stops `from → to` for `role`, or `allowed`. Every transition no rule stops is allowed
 * (inferred: the docs publish no full matrix). `waived` rules are skipped, which is how planted faults
 * switch a single rule off.
 */
export function judgeAccountTransition(
  from: AccountStatus,
  to: AccountStatus,
  role: Role,
  waived: readonly AccountRule[] = [],
): AccountVerdict {
  const stopping = ACCOUNT_RULES.find(({ rule, stops }) => !waived.includes(rule) && stops(from, to, role));
  return stopping ? stopping.rule : 'allowed';
}

/** Card statuses the sandbox uses: cards are issued ACTIVE (inferred: issuance auto-approves). */
export type CardStatus = 'ACTIVE' | 'LOCKED' | 'BLOCKED';
export type CardStatusRequest = 'LOCKED' | 'UNLOCKED' | 'BLOCKED';

/**
 * card/updateCardStatus: a card must be ACTIVE to be locked or blocked and LOCKED to be unlocked;
 * BLOCKED is irreversible; a request for the status the card already has succeeds ("Card was already LOCKED").
 */
export const CARD_REQUESTS: Record<CardStatusRequest, { moves: Partial<Record<CardStatus, CardStatus>>; alreadyIn: CardStatus }> = {
  LOCKED: { moves: { ACTIVE: 'LOCKED' }, alreadyIn: 'LOCKED' },
  BLOCKED: { moves: { ACTIVE: 'BLOCKED' }, alreadyIn: 'BLOCKED' },
  UNLOCKED: { moves: { LOCKED: 'ACTIVE' }, alreadyIn: 'ACTIVE' },
};

export type CardVerdict = { outcome: 'move'; to: CardStatus } | { outcome: 'already' } | { outcome: 'refused' };

export function judgeCardRequest(current: CardStatus, requested: CardStatusRequest): CardVerdict {
  const rule = CARD_REQUESTS[requested];
  const to = rule.moves[current];
  if (to) return { outcome: 'move', to };
  if (current === rule.alreadyIn) return { outcome: 'already' };
  return { outcome: 'refused' };
}
