/**
 * Status rules for customers, wallets and cards, read from the same matrices the suite tests
 * (fixtures/matrices/*.json): the reference sandbox answers each transition with the outcome its cell documents.
 * Sources: customer/updateAccountStatus, wallet/updateWalletStatus, card/updateCardStatus and
 * integration-guide/entity-states (catalog §6).
 */
import { type CellOutcome, type CellRule, cellFor, loadMatrices, type Matrix, outcomeFor } from '../../harness/matrices';
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
export type CardStatus = 'ALLOCATED' | 'ACTIVE' | 'LOCKED' | 'BLOCKED';
export type CardStatusRequest = 'LOCKED' | 'UNLOCKED' | 'BLOCKED';

export type MatrixName = 'customer-status' | 'wallet-status' | 'card-status';

const matrices = new Map(loadMatrices().map((matrix) => [matrix.matrix, matrix]));

function matrixNamed(name: MatrixName): Matrix {
  const matrix = matrices.get(name);
  if (!matrix) throw new Error(`fixtures/matrices/${name}.json is missing`);
  return matrix;
}

/**
 * What `role` gets for a request for `to` on an entity in `from`: the outcome of the matrix cell. A `waived` rule
 * is how a planted fault switches one rule off: its cells then let the request through. It is asked about the
 * cell's rule only, so a fault is consulted only by the requests it changes.
 */
export function transitionOutcome(name: MatrixName, from: string, to: string, role: Role, waived: (rule: CellRule) => boolean = () => false): CellOutcome {
  const matrix = matrixNamed(name);
  const cell = cellFor(matrix, from, to);
  // Request validation admits only the contract's enum, and every matrix is total over it.
  if (!cell) throw new Error(`${name}: no cell for ${from} → ${to}`);
  if (waived(cell.rule)) return { actor: role, status: 200, becomes: matrix.requests[to] };
  return outcomeFor(cell, role);
}

export type CardVerdict = { outcome: 'move'; to: CardStatus } | { outcome: 'already' } | { outcome: 'refused' };

/**
 * card/updateCardStatus: a card must be ACTIVE to be locked or blocked and LOCKED to be unlocked; BLOCKED is
 * irreversible; a request for the status the card already has succeeds ("Card was already LOCKED").
 */
export function judgeCardRequest(current: CardStatus, requested: CardStatusRequest): CardVerdict {
  // An ALLOCATED card is neither ACTIVE nor LOCKED, so every request is refused, as in the matrix's wrong-status cells.
  // It is no row of the matrix, whose paths start from ACTIVE: a card leaves ALLOCATED only by activation.
  if (current === 'ALLOCATED') return { outcome: 'refused' };
  const outcome = transitionOutcome('card-status', current, requested, 'partner');
  if (outcome.status !== 200) return { outcome: 'refused' };
  return outcome.becomes === current ? { outcome: 'already' } : { outcome: 'move', to: outcome.becomes as CardStatus };
}
