/**
 * The model of everything one sequence creates (issue 21): a customer, two of its cards, and the wallet of the first
 * card, through which money moves (wallet-model.ts keeps the wallet's own rules). It adds the rules between them: the
 * customer's status gates its wallet's movements (fixtures/effects/customer-effects.json), each status change follows
 * its matrix (fixtures/matrices/customer-status.json, card-status.json) for the actor that asks, a change to one entity
 * leaves the others as they were, only an ALLOCATED card activates, and only an ACTIVE card takes preferences, each
 * within the product's upper limit. Like the wallet's, every prediction allows both outcomes where the rule rests on
 * inference, and nothing is re-typed from the fixtures.
 */
import { effectMatrix, type Movement } from '../matrices/effects';
import type { Actor } from '../contract/actor';
import { cellFor, matrix, type Matrix, outcomeFor } from '../matrices/matrices';
import * as wallet from './wallet-model';
import type { Outcome, Prediction, WalletState } from './wallet-model';

export interface SequenceState {
  customer: string;
  /** The statuses of the customer's two cards; the first is the wallet's. */
  cards: string[];
  /**
   * Per card, the preferences the sequence set (`<scope> <type>` → what was sent) since the card's status last changed:
   * the docs say an update leaves the others as they were, and nothing of what a status change does to them.
   */
  preferences: Map<string, KnownPreference>[];
  wallet: WalletState;
  /** Whether the environment has a support role: without one, no command asks as support. */
  support: boolean;
}

export const CUSTOMER_MATRIX = matrix('customer-status');
export const CARD_MATRIX = matrix('card-status');
const CUSTOMER_EFFECTS = effectMatrix('customer-effects');

/** How many cards a sequence's customer has. */
export const CARDS = 2;

/** What a preference update sent, and so what a later read must show. */
export interface KnownPreference {
  enabled: boolean;
  maxTransactionAmountPerDay: string;
}

/**
 * A new sequence's state: the customer ACTIVE, each card in the status its issuance answered (ACTIVE, or ALLOCATED
 * until activated: interpretation point issued-card-status), nothing in the wallet.
 */
export function newSequence(support: boolean, cards: readonly string[] = Array<string>(CARDS).fill(CARD_MATRIX.initial)): SequenceState {
  return { customer: CUSTOMER_MATRIX.initial, cards: [...cards], preferences: cards.map(() => new Map()), wallet: wallet.newWallet(), support };
}

const BOTH: readonly Outcome[] = ['applied', 'refused'];

/**
 * The prediction of a command that every one of `predictions` must let through: it may go through only where each
 * allows that, and may be refused where any allows that. The rule named is the one that decides: a documented refusal,
 * else the first rule that leaves the outcome open, else the first; `also` names the others that demand the same.
 */
export function allOf(predictions: readonly Prediction[]): Prediction {
  const outcomes = BOTH.filter((o) => (o === 'applied' ? predictions.every((p) => p.outcomes.includes(o)) : predictions.some((p) => p.outcomes.includes(o))));
  const deciding =
    (outcomes.length === 1 && outcomes[0] === 'refused' ? predictions.find((p) => p.outcomes.length === 1 && p.outcomes[0] === 'refused') : undefined) ??
    (outcomes.length > 1 ? predictions.find((p) => p.outcomes.length > 1) : undefined) ??
    predictions[0];
  const agreeing = outcomes.length === 1 ? predictions.filter((p) => p !== deciding && p.outcomes.length === 1 && p.outcomes[0] === outcomes[0] && p.rule !== deciding.rule) : [];
  return { ...deciding, outcomes, ...(agreeing.length > 0 ? { also: agreeing.map((p) => p.rule) } : {}) };
}

/** What the customer's status lets through, by its effect cell. */
function byCustomer(state: SequenceState, movement: Movement): Prediction {
  const cell = CUSTOMER_EFFECTS.cells.find((c) => c.status === state.customer && c.movement === movement)!;
  const outcome: Outcome = cell.expect === 'allowed' ? 'applied' : 'refused';
  return { outcomes: cell.provenance === 'documented' ? [outcome] : BOTH, rule: cell.requirements[0], cell: cell.id, provenance: cell.provenance };
}

/**
 * Where the docs say nothing (how one entity's status bears on a command to another, such as a card's status on its
 * wallet's movements and liens or the customer's on liens; a transition from a status the matrix has no row for):
 * both outcomes, under the rule of the command itself, counted in the report under `what`.
 */
function unstated(rule: string, what: string): Prediction {
  return { outcomes: BOTH, rule, cell: what, provenance: 'inferred' };
}

/** A credit, debit or refund on the wallet: the wallet's rules, the customer's status, and the card's (not documented). */
export function predictMovement(state: SequenceState, movement: Movement, amount: number, txnRef: string): Prediction {
  const ofWallet = wallet.predictMovement(state.wallet, movement, amount, txnRef);
  const card = state.cards[0] === CARD_MATRIX.initial ? [] : [unstated(ofWallet.rule, `card ${state.cards[0]}: no documented effect`)];
  return allOf([ofWallet, byCustomer(state, movement), ...card]);
}

/** A lien command: the wallet's rules; neither the customer's status nor the card's has a documented effect on liens. */
export function predictLien(state: SequenceState, type: wallet.LienType, lienId: string, amount: number): Prediction {
  const ofWallet = wallet.predictLien(state.wallet, type, lienId, amount);
  const others = [
    ...(state.customer === CUSTOMER_MATRIX.initial ? [] : [unstated(ofWallet.rule, `customer ${state.customer}: no documented effect`)]),
    ...(state.cards[0] === CARD_MATRIX.initial ? [] : [unstated(ofWallet.rule, `card ${state.cards[0]}: no documented effect`)]),
  ];
  return allOf([ofWallet, ...others]);
}

/**
 * A status change by its matrix's cell for the actor. A status the matrix has no row for (a card ALLOCATED until
 * activated) is one the docs give no transitions from: both outcomes.
 */
export function predictTransition(statusMatrix: Matrix, from: string, to: string, actor: Actor): Prediction {
  const cell = cellFor(statusMatrix, from, to);
  if (!cell) return unstated(statusMatrix.cells[0].requirements[0], `${statusMatrix.entity} ${from} → ${to}: no documented transition`);
  const outcome: Outcome = outcomeFor(cell, actor).status < 300 ? 'applied' : 'refused';
  return { outcomes: cell.provenance === 'documented' ? [outcome] : BOTH, rule: cell.requirements[0], cell: cell.id, provenance: cell.provenance };
}

/** The status an applied request leaves: the matrix's name of the requested status (a card's UNLOCKED is ACTIVE). */
export function statusAfter(statusMatrix: Matrix, to: string): string {
  return statusMatrix.requests[to] ?? to;
}

/** The status of a card issued but not yet activated (card/activateCard: "Card must be in ALLOCATED status"). */
export const ALLOCATED = 'ALLOCATED';

/** Activation: an ALLOCATED card becomes ACTIVE (CARD-ACTIVATE-001); any other is refused and stays (CARD-ACTIVATE-002). */
export function predictActivation(state: SequenceState, card: number): Prediction {
  const allocated = state.cards[card] === ALLOCATED;
  return { outcomes: [allocated ? 'applied' : 'refused'], rule: allocated ? 'CARD-ACTIVATE-001' : 'CARD-ACTIVATE-002', provenance: 'documented' };
}

/**
 * A preference update of one type: only an ACTIVE card's preferences change (CARD-PREF-002), and a limit above the
 * product's upper limit is refused (CARD-PREF-003); what the customer's status does to it, the docs do not say.
 */
export function predictPreference(state: SequenceState, card: number, limit: number, upperLimit: number): Prediction {
  const ofCard: Prediction =
    state.cards[card] !== CARD_MATRIX.initial
      ? { outcomes: ['refused'], rule: 'CARD-PREF-002', provenance: 'documented' }
      : limit > upperLimit
        ? { outcomes: ['refused'], rule: 'CARD-PREF-003', provenance: 'documented' }
        : { outcomes: ['applied'], rule: 'CARD-PREF-001', provenance: 'documented' };
  return allOf([ofCard, ...(state.customer === CUSTOMER_MATRIX.initial ? [] : [unstated(ofCard.rule, `customer ${state.customer}: no documented effect`)])]);
}
