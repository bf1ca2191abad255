/**
 * The model a sequence is checked against (issue 21): one wallet as the documented rules say it must be after each
 * command, kept by the tester, apart from the reference sandbox's own domain, so that the two stay independent. It
 * reads the rules from where the suite keeps them, the wallet status matrix (fixtures/matrices/wallet-status.json),
 * its effect matrix (fixtures/effects/wallet-effects.json) and the requirement catalogue, and re-types none of them.
 *
 * A prediction is the set of outcomes the docs allow: one where a documented rule decides, both where the rule rests
 * on inference (an inferred cell, a requirement of provenance `inferred`), so that an environment reading the docs
 * otherwise is never a finding. The model then follows what the environment did.
 */
import { effectMatrix, type Movement } from '../matrices/effects';
import { matrix } from '../matrices/matrices';
import { requirement } from '../reporting/requirements';

/** What a command did to the wallet: went through and changed it, or was refused and changed nothing. */
export type Outcome = 'applied' | 'refused';

/** What the docs allow a command to do, and the rule that says so. */
export interface Prediction {
  outcomes: readonly Outcome[];
  /** The requirement that decides (fixtures/requirements.json). */
  rule: string;
  /** Other requirements that demand the same one outcome (a movement an ACTIVE wallet and an ACTIVE customer both let through). */
  also?: readonly string[];
  /** The matrix or effect cell that decides, when one does. */
  cell?: string;
  provenance: 'documented' | 'inferred';
}

/** One wallet as the model keeps it. Amounts in minor units (harness/contract/money.ts). */
export interface WalletState {
  status: string;
  total: number;
  /** Liens by lienId: ADJUST sets a lien's new total, REMOVE releases all of it. */
  liens: Map<string, number>;
  /** The txnRefs of every movement that went through. */
  txnRefs: Set<string>;
  /** How many history items moved money. */
  items: number;
}

export type LienType = 'ADD' | 'ADJUST' | 'REMOVE';

export const WALLET_MATRIX = matrix('wallet-status');
const WALLET_EFFECTS = effectMatrix('wallet-effects');

/** A new wallet: the matrix's initial status, nothing in it. */
export function newWallet(): WalletState {
  return { status: WALLET_MATRIX.initial, total: 0, liens: new Map(), txnRefs: new Set(), items: 0 };
}

/** What the wallet's liens hold. */
export function held(wallet: WalletState): number {
  return [...wallet.liens.values()].reduce((sum, amount) => sum + amount, 0);
}

/** What can be spent: the total less what liens hold (MONEY-AVAIL-001). */
export function available(wallet: WalletState): number {
  return wallet.total - held(wallet);
}

/** A prediction by one requirement of the catalogue: its own provenance decides how many outcomes are allowed. */
function byRequirement(id: string, outcome: Outcome): Prediction {
  const { provenance } = requirement(id);
  return { outcomes: provenance === 'documented' ? [outcome] : ['applied', 'refused'], rule: id, provenance };
}

/** A credit, debit or refund of `amount` under `txnRef`. */
export function predictMovement(wallet: WalletState, movement: Movement, amount: number, txnRef: string): Prediction {
  if (wallet.txnRefs.has(txnRef)) return byRequirement('MONEY-IDEM-001', 'refused');
  const cell = WALLET_EFFECTS.cells.find((c) => c.status === wallet.status && c.movement === movement)!;
  if (cell.expect === 'refused' || cell.provenance === 'inferred') {
    return { outcomes: cell.provenance === 'documented' ? [cell.expect === 'allowed' ? 'applied' : 'refused'] : ['applied', 'refused'], rule: cell.requirements[0], cell: cell.id, provenance: cell.provenance };
  }
  if (movement === 'debit' && amount > available(wallet)) return byRequirement(wallet.liens.size > 0 ? 'MONEY-LIEN-001' : 'MONEY-DEBIT-001', 'refused');
  // What a lien leaves available can be spent, up to all of it (MONEY-LIEN-001).
  if (movement === 'debit' && wallet.liens.size > 0) return byRequirement('MONEY-LIEN-001', 'applied');
  return { outcomes: ['applied'], rule: cell.requirements[0], cell: cell.id, provenance: 'documented' };
}

/** The wallet after a movement that went through. */
export function applyMovement(wallet: WalletState, movement: Movement, amount: number, txnRef: string): void {
  wallet.total += movement === 'debit' ? -amount : amount;
  wallet.txnRefs.add(txnRef);
  wallet.items += 1;
}

/** A lien command (markLien, with balanceCheck). */
export function predictLien(wallet: WalletState, type: LienType, lienId: string, amount: number): Prediction {
  // The lien page names no wallet status; that a lien needs an ACTIVE wallet is nobody's statement.
  if (wallet.status !== WALLET_MATRIX.initial) return { outcomes: ['applied', 'refused'], rule: 'WALLET-LIEN-001', provenance: 'inferred' };
  const existing = wallet.liens.get(lienId);
  if (type === 'ADD') {
    // A second ADD of one lienId: the page does not say (catalog §7, "not documented").
    if (existing !== undefined) return { outcomes: ['applied', 'refused'], rule: 'WALLET-LIEN-001', provenance: 'inferred' };
    return amount > available(wallet) ? byRequirement('WALLET-LIEN-004', 'refused') : byRequirement('WALLET-LIEN-001', 'applied');
  }
  if (existing === undefined) return byRequirement('WALLET-LIEN-005', 'refused');
  if (type === 'REMOVE') return byRequirement('WALLET-LIEN-003', 'applied');
  return amount - existing > available(wallet) ? byRequirement('WALLET-LIEN-004', 'refused') : byRequirement('WALLET-LIEN-002', 'applied');
}

/** The wallet after a lien command that went through. */
export function applyLien(wallet: WalletState, type: LienType, lienId: string, amount: number): void {
  if (type === 'REMOVE') wallet.liens.delete(lienId);
  else wallet.liens.set(lienId, amount);
}
