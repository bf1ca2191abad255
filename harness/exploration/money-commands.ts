/**
 * The commands of a sequence that move or hold money, and read it back: credits, debits and refunds (a new txnRef or an
 * earlier one again), lien ADD, ADJUST and REMOVE, and reads of the balance and of the whole history, each compared
 * with the wallet's model (wallet-model.ts) and the rules between the entities (sequence-model.ts).
 */
import { MOVEMENT_REQUEST, type Movement } from '../matrices/effects';
import { applied, type Balance, type HistoryItem } from '../money/ledger';
import { amountText, minorUnits } from '../contract/money';
import * as model from './sequence-model';
import { agree, type Command, expectAllowed, lastRule, type Model, type Real, resultOf, step } from './step';
import { applyLien, applyMovement, available, held, type LienType } from './wallet-model';

export class Move implements Command {
  constructor(
    readonly movement: Movement,
    readonly amount: Amount,
    /**
     * undefined: a new txnRef; else the txnRef of the first or the latest movement that went through. Named by position,
     * not by index, so that a shrunk sequence still reuses the same one when unrelated commands are dropped.
     */
    readonly reuse?: 'first' | 'latest',
  ) {}
  // A reuse needs an earlier txnRef: fast-check leaves the command out of a sequence that has none yet.
  check = (state: Readonly<Model>) => this.reuse === undefined || state.wallet.txnRefs.size > 0;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const earlier = [...state.wallet.txnRefs];
    const txnRef = this.reuse === undefined ? real.data.uniqueId('TXN') : this.reuse === 'first' ? earlier[0] : earlier.at(-1)!;
    const minor = (this.minor = resolve(this.amount, state));
    const prediction = model.predictMovement(state, this.movement, minor, txnRef);
    const body = real.data.transaction(real.cards[0], { amount: amountText(minor), ...MOVEMENT_REQUEST[this.movement], txnRef });
    const outcome = expectAllowed(real, state, prediction, await step(real, 'loadWallet', body));
    if (outcome === 'applied') applyMovement(state.wallet, this.movement, minor, txnRef);
  }
  /** The amount in minor units, once the command ran. */
  private minor?: number;
  toString = () => `${this.movement} ${amountShown(this.amount, this.minor)}${this.reuse === undefined ? '' : ` reusing the txnRef of the ${this.reuse} movement applied`}`;
}

/** The credit a sequence opens with (explore.ts), so that liens and debits find money. */
export const openingCredit = (minor: number): Command => new Move('credit', { minor });

/**
 * Which lien a lien command names: a new lienId, or the oldest or newest lien the wallet holds. By position, not index,
 * so that a shrunk sequence still names the same lien when unrelated commands go.
 */
export type LienTarget = 'new' | 'oldest' | 'newest';

export class Lien implements Command {
  constructor(
    readonly type: LienType,
    readonly target: LienTarget,
    readonly amount: Amount,
  ) {}
  // A held lien needs one: fast-check leaves the command out of a sequence that holds none (an unknown lienId is the
  // target 'new' of ADJUST and REMOVE).
  check = (state: Readonly<Model>) => this.target === 'new' || state.wallet.liens.size > 0;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const heldIds = [...state.wallet.liens.keys()];
    const lienId = this.target === 'new' ? newLienId(real) : this.target === 'oldest' ? heldIds[0] : heldIds.at(-1)!;
    this.ordinal = lienIdsOf(real).indexOf(lienId) + 1;
    const minor = (this.minor = resolve(this.amount, state));
    const prediction = model.predictLien(state, this.type, lienId, minor);
    const body = real.data.lien(real.cards[0], { type: this.type, lienAmount: minor / 100, lienId });
    const outcome = expectAllowed(real, state, prediction, await step(real, 'markLien', body));
    if (outcome === 'applied') applyLien(state.wallet, this.type, lienId, minor);
  }
  /** The amount in minor units, and which of the sequence's lienIds (1 for its first), once the command ran. */
  private minor?: number;
  private ordinal?: number;
  toString = () => {
    const which = this.ordinal === undefined ? (this.target === 'new' ? 'a new lien' : `the ${this.target} lien held`) : `lien #${this.ordinal}`;
    return `${this.type} ${which}${this.type === 'REMOVE' ? '' : ` ${amountShown(this.amount, this.minor)}`}`;
  };
}

/** The lienIds a sequence made, in order: fresh ones, so that no earlier run's lien is met. */
const lienIds = new WeakMap<Real, string[]>();
function lienIdsOf(real: Real): string[] {
  const ids = lienIds.get(real) ?? [];
  lienIds.set(real, ids);
  return ids;
}
function newLienId(real: Real): string {
  const id = real.data.lienId();
  lienIdsOf(real).push(id);
  return id;
}

/** Reads the wallet's total and held amounts, and compares them with the model. */
export class ReadBalance implements Command {
  check = () => true;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const [card] = real.cards;
    const exchange = await step(real, 'fetchCardBalance', { entityId: card.customer.entityId, kitNo: card.kitNo });
    const wallets = resultOf<{ wallets?: Balance[] }>(exchange)?.wallets ?? [];
    const shown = wallets.find((w) => w.accountId === card.accountId);
    const rule = lastRule.get(state) ?? 'DATA-LOAD-001';
    const expected = `total ${amountText(state.wallet.total)}, held ${amountText(held(state.wallet))}`;
    const received = shown ? `total ${shownAmount(shown.totalBalance)}, held ${shownAmount(shown.heldAmount)}` : 'no such wallet';
    agree(real, rule, expected, received);
  }
  toString = () => 'read the balance';
}

/** Reads the wallet's whole history, page by page, and compares its count and sum with the model. */
export class ReadHistory implements Command {
  check = () => true;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const body = { entityId: real.cards[0].customer.entityId, accountId: real.cards[0].accountId };
    const items: HistoryItem[] = [];
    // Small pages, so that a history of a few items already spans several.
    for (let pageNo = 0; pageNo < 50; pageNo++) {
      const page = resultOf<HistoryItem[]>(await step(real, 'fetchTransactions', body, { pageNo, pageSize: HISTORY_PAGE })) ?? [];
      items.push(...page);
      if (page.length < HISTORY_PAGE) break;
    }
    const moved = items.filter(applied);
    const sum = moved.reduce((total, item) => total + (minorUnits(item.amount) ?? Number.NaN), 0);
    const expected = `${state.wallet.items} items summing to ${amountText(state.wallet.total)}`;
    const received = `${moved.length} items summing to ${Number.isNaN(sum) ? 'no amount' : amountText(sum)}`;
    // Whatever came before, a history that does not add up to the balance breaks one rule.
    agree(real, 'MONEY-HISTORY-001', expected, received);
  }
  toString = () => 'read the history';
}

/** The page size of history reads: small, so that pages beyond the first are read. */
export const HISTORY_PAGE = 3;

function shownAmount(value: unknown): string {
  const minor = minorUnits(value);
  return minor === undefined ? String(value) : amountText(minor);
}

/**
 * An amount as generated: a fixed one, or a share of what the wallet has when the command runs, so that holds and
 * debits often meet the limits that decide them (the available balance, the total) whatever came before.
 */
export type Amount = { minor: number } | { percent: number; of: 'available' | 'total' };

function resolve(amount: Amount, state: Readonly<Model>): number {
  if ('minor' in amount) return amount.minor;
  const base = amount.of === 'total' ? state.wallet.total : available(state.wallet);
  return Math.max(1, Math.round((base * amount.percent) / 100));
}

function amountShown(amount: Amount, minor: number | undefined): string {
  if ('minor' in amount) return amountText(amount.minor);
  const share = `${amount.percent}% of the ${amount.of} balance`;
  return minor === undefined ? share : `${amountText(minor)} (${share})`;
}

