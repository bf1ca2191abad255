/**
 * The commands a sequence is made of (fast-check's model-based testing, `fc.commands`): each makes one request of a
 * documented operation against what the sequence created (a customer, two cards, the first card's wallet), judges the
 * answer with every check of the suite, and compares what the environment did with what the model (sequence-model.ts,
 * wallet-model.ts) allows; a read compares the balance, the history or every status with the model. A disagreement
 * throws a {@link Disagreement}, which fast-check then shrinks.
 */
import fc from 'fast-check';
import type { ApiClient } from '../client';
import type { DataFactory, IssuedCard, PreferenceScope, PreferenceType } from '../data';
import { PREFERENCE_TYPES } from '../../openapi/components';
import { MOVEMENT_REQUEST, type Movement } from '../effects';
import type { Exchange } from '../exchange';
import type { Finding } from '../findings';
import { withoutKnownDeviations } from '../contract-deviations';
import { currentTestInfo } from '../current-test';
import { judge } from '../judge';
import { applied, type Balance, type HistoryItem } from '../ledger';
import { amountText, minorUnits } from '../money';
import { isWarning } from '../warnings';
import type { Actor, Matrix } from '../matrices';
import * as model from './sequence-model';
import { applyLien, applyMovement, available, held, type LienType, type Outcome, type Prediction, WALLET_MATRIX } from './wallet-model';

/** What the commands act on: the sequence's own entities, and the clients. */
export interface Real {
  api: ApiClient;
  /** The support role, when the environment has one. */
  support?: ApiClient;
  data: DataFactory;
  /** Two new cards of one new customer: money moves through the first card's wallet. */
  cards: IssuedCard[];
  /** Every command the sequence ran, with its exchanges and what the model expected of it against what came back. */
  steps: { command: Command; exchanges: Exchange[]; verdict?: string }[];
  tally: Tally;
}

/** What an exploration reached: requests per operation, and per rule the outcomes seen. */
export interface Tally {
  operations: Map<string, number>;
  /** `<rule> <outcome>`: for a rule resting on inference, which of the allowed outcomes the environment took. */
  outcomes: Map<string, number>;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export type Model = model.SequenceState;
export type Command = fc.AsyncCommand<Model, Real>;

/** A sequence's answer that the model does not allow: one finding of the exploration. */
export class Disagreement extends Error {
  override name = 'Disagreement';
  constructor(
    /** The requirement whose rule the answer broke. */
    readonly rule: string,
    readonly predicted: string,
    readonly received: string,
    /** Other requirements that demanded the same. */
    readonly also: readonly string[] = [],
  ) {
    super(`${[rule, ...also].join(', ')}: the model predicted ${predicted}, the environment answered ${received}`);
  }
}

/** An answer no check could judge (a timeout, a 502, a body that is not JSON): the sequence stops, nothing is learnt. */
export class EnvironmentFault extends Error {
  override name = 'EnvironmentFault';
}

/** Calls an operation as one step of the sequence, and judges the answer with the checks of every exchange. */
async function step(real: Real, operationId: string, body: unknown, query?: Record<string, number>, actor: Actor = 'partner'): Promise<Exchange> {
  const exchange = await (actor === 'support' ? real.support! : real.api).call(operationId, { body, query });
  real.steps.at(-1)!.exchanges.push(exchange);
  count(real.tally.operations, operationId);
  // What the environment's profile lists as a known deviation of an operation is excused here as in every test.
  const findings = withoutKnownDeviations(judge(exchange), exchange, currentTestInfo());
  const environment = findings.find((f) => f.kind === 'environment');
  if (environment) throw new EnvironmentFault(environment.message);
  const broken: Finding | undefined = findings.find((f) => !isWarning(f.requirement));
  if (broken) agree(real, broken.requirement, 'an answer every check passes', broken.message, false);
  return exchange;
}

/** What an answer says the command did: a 2xx went through; any other answer was a refusal. */
function outcomeOf(exchange: Exchange): Outcome {
  const status = exchange.response?.status ?? 0;
  return status >= 200 && status < 300 ? 'applied' : 'refused';
}

/** Throws unless the outcome is one the prediction allows. */
function expectAllowed(real: Real, prediction: Prediction, exchange: Exchange): Outcome {
  const outcome = outcomeOf(exchange);
  count(real.tally.outcomes, `${prediction.cell ?? prediction.rule} ${outcome}${prediction.outcomes.length > 1 ? ' (either allowed)' : ''}`);
  const rules = [prediction.rule, ...(prediction.also ?? [])].join(', ');
  const expected = `${prediction.outcomes.join(' or ')}, by ${rules}${prediction.cell ? ` (${prediction.cell})` : ''}`;
  agree(real, prediction.rule, expected, `${outcome} (${exchange.response?.status})`, prediction.outcomes.includes(outcome), prediction.also);
  return outcome;
}

/**
 * Notes on the running step what the model expected and what came back, for a finding's report, and throws a
 * {@link Disagreement} naming `rule` unless they agree.
 */
function agree(real: Real, rule: string, expected: string, received: string, agreed: boolean = expected === received, also: readonly string[] = []): void {
  real.steps.at(-1)!.verdict = `the model expected ${expected}; the environment gave ${received}`;
  if (!agreed) throw new Disagreement(rule, expected, received, also);
}

/** The rule of the last command that changed the wallet, or had to leave it as it was: a read-back's disagreement is its. */
const lastRule = new WeakMap<Model, string>();

class Move implements Command {
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
    const outcome = expectAllowed(real, prediction, await step(real, 'loadWallet', body));
    lastRule.set(state, prediction.rule);
    if (outcome === 'applied') applyMovement(state.wallet, this.movement, minor, txnRef);
  }
  /** The amount in minor units, once the command ran. */
  private minor?: number;
  toString = () => `${this.movement} ${amountShown(this.amount, this.minor)}${this.reuse === undefined ? '' : ` reusing the txnRef of the ${this.reuse} movement applied`}`;
}

/** The credit a sequence opens with (explore.ts), so that liens and debits find money. */
export const openingCredit = (minor: number): Command => new Move('credit', { minor });

/**
 * Which lien a lien command names: a new lienId, or the oldest or newest lien the wallet holds. By position, not index, so that a shrunk sequence still names the same lien when unrelated commands go.
 */
export type LienTarget = 'new' | 'oldest' | 'newest';

class Lien implements Command {
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
    const outcome = expectAllowed(real, prediction, await step(real, 'markLien', body));
    lastRule.set(state, prediction.rule);
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

/** A status change of the customer, the wallet or one of the cards, asked by the partner or the support role. */
class Status implements Command {
  constructor(
    readonly entity: 'customer' | 'wallet' | 'card',
    readonly to: string,
    readonly actor: Actor,
    /** Which card, for a card. */
    readonly card = 0,
  ) {}
  check = (state: Readonly<Model>) => this.actor === 'partner' || state.support;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const { matrix, operation, body } = STATUS_REQUESTS[this.entity];
    const from = this.entity === 'customer' ? state.customer : this.entity === 'wallet' ? state.wallet.status : state.cards[this.card];
    const prediction = model.predictTransition(matrix, from, this.to, this.actor);
    const outcome = expectAllowed(real, prediction, await step(real, operation, body(real, this), undefined, this.actor));
    lastRule.set(state, prediction.rule);
    if (outcome !== 'applied') return;
    const after = model.statusAfter(matrix, this.to);
    if (this.entity === 'customer') state.customer = after;
    else if (this.entity === 'wallet') state.wallet.status = after;
    else setCardStatus(state, this.card, after);
  }
  toString = () => `${this.entity === 'card' ? `card #${this.card}` : this.entity} status → ${this.to}${this.actor === 'support' ? ' (as support)' : ''}`;
}

/** Per entity: its matrix, the operation that changes its status, and the request's body. */
const STATUS_REQUESTS: Record<Status['entity'], { matrix: Matrix; operation: string; body: (real: Real, command: Status) => unknown }> = {
  customer: { matrix: model.CUSTOMER_MATRIX, operation: model.CUSTOMER_MATRIX.operation, body: (real, c) => ({ entityId: real.cards[0].customer.entityId, status: c.to }) },
  wallet: { matrix: WALLET_MATRIX, operation: WALLET_MATRIX.operation, body: (real, c) => ({ accountId: real.cards[0].accountId, status: c.to }) },
  card: { matrix: model.CARD_MATRIX, operation: model.CARD_MATRIX.operation, body: (real, c) => real.data.cardStatus(real.cards[c.card], c.to as 'LOCKED' | 'UNLOCKED' | 'BLOCKED') },
};

/** Reads every status the sequence's entities have, and compares each with the model. */
/** A card's new status: what the sequence set of its preferences is no longer known (the docs say nothing of it). */
function setCardStatus(state: Model, card: number, status: string): void {
  if (state.cards[card] !== status) state.preferences[card].clear();
  state.cards[card] = status;
}

/** Activation of one of the cards (card/activateCard): only an ALLOCATED one becomes ACTIVE. */
class Activate implements Command {
  constructor(readonly card: number) {}
  check = () => true;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const prediction = model.predictActivation(state, this.card);
    const outcome = expectAllowed(real, prediction, await step(real, 'activateCard', real.data.activation(real.cards[this.card])));
    lastRule.set(state, prediction.rule);
    if (outcome === 'applied') setCardStatus(state, this.card, model.CARD_MATRIX.initial);
  }
  toString = () => `activate card #${this.card}`;
}

/** A card's preference as fetchAllCards lists it, as much as the exploration reads. */
interface ListedPreference {
  type?: string;
  enabled?: boolean;
  maxTransactionAmountPerDay?: string;
  upperLimitMaxTransactionAmountPerDay?: string;
}
interface ListedCard {
  kitNo?: string;
  cardStatus?: string;
  preferences?: Partial<Record<PreferenceScope, { values?: ListedPreference[] }>>;
}

const preferenceKey = (scope: PreferenceScope, type: string) => `${scope} ${type}`;

/** The key of each card's last preference update: a read that finds another one changed breaks CARD-PREF-004. */
const lastPreference = new WeakMap<Model, Map<number, string>>();

/** A preference update of one type of one card: enabled or not, and a day's limit as a share of the product's upper limit. */
class SetPreference implements Command {
  constructor(
    readonly card: number,
    readonly scope: PreferenceScope,
    readonly type: PreferenceType,
    readonly enabled: boolean,
    /** Of the upper limit: above 100 must be refused. */
    readonly percent: number,
  ) {}
  check = () => true;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const upper = await upperLimitOf(real, this.card, this.scope, this.type);
    const limit = (this.limit = Math.max(1, Math.floor((upper * this.percent) / 100)));
    const prediction = model.predictPreference(state, this.card, limit, upper);
    const change = { type: this.type, enabled: this.enabled, maxTransactionAmountPerDay: String(limit) };
    const outcome = expectAllowed(real, prediction, await step(real, 'updateCardPreferences', real.data.preferences(real.cards[this.card], { [this.scope]: [change] })));
    lastRule.set(state, prediction.rule);
    if (outcome !== 'applied') return;
    const key = preferenceKey(this.scope, this.type);
    state.preferences[this.card].set(key, { enabled: this.enabled, maxTransactionAmountPerDay: String(limit) });
    const last = lastPreference.get(state) ?? new Map<number, string>();
    lastPreference.set(state, last.set(this.card, key));
  }
  private limit?: number;
  toString = () =>
    `card #${this.card} ${this.scope} ${this.type} ${this.enabled ? 'on' : 'off'}, ${this.limit ?? '?'} a day (${this.percent}% of the upper limit)`;
}

/** The product's upper limit of a day for a type, read once per sequence and card as one of the command's exchanges. */
const upperLimits = new WeakMap<Real, Map<string, number>>();
async function upperLimitOf(real: Real, card: number, scope: PreferenceScope, type: string): Promise<number> {
  const known = upperLimits.get(real) ?? new Map<string, number>();
  upperLimits.set(real, known);
  const key = `${card} ${preferenceKey(scope, type)}`;
  if (!known.has(key)) {
    const listed = resultOf<ListedCard[]>(await step(real, 'fetchAllCards', { entityId: real.cards[0].customer.entityId })) ?? [];
    const values = listed.find((c) => c.kitNo === real.cards[card].kitNo)?.preferences?.[scope]?.values ?? [];
    known.set(key, Number(values.find((p) => p.type === type)?.upperLimitMaxTransactionAmountPerDay ?? Number.NaN));
  }
  const upper = known.get(key)!;
  if (!Number.isFinite(upper)) throw new EnvironmentFault(`fetchAllCards lists no ${scope} ${type} upper limit for card #${card}: the preference cannot be sized`);
  return upper;
}

/** Reads every status the sequence's entities have, and the preferences it set, and compares each with the model. */
class ReadStatuses implements Command {
  check = () => true;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const { entityId } = real.cards[0].customer;
    const customer = resultOf<{ status?: string }>(await step(real, 'fetchCustomer', { entityId }))?.status;
    const walletStatus = resultOf<{ status?: string }>(await step(real, 'checkWalletBalance', { entityId, accountId: real.cards[0].accountId }))?.status;
    const listed = resultOf<ListedCard[]>(await step(real, 'fetchAllCards', { entityId })) ?? [];
    const shown = real.cards.map((card) => listed.find((c) => c.kitNo === card.kitNo));
    const expected = statusesText(state.customer, state.wallet.status, state.cards);
    const received = statusesText(String(customer), String(walletStatus), shown.map((c) => c?.cardStatus ?? 'not listed'));
    agree(real, lastRule.get(state) ?? 'DATA-CARD-001', expected, received);
    state.preferences.forEach((known, card) => {
      for (const [key, preference] of known) {
        const [scope, type] = key.split(/ (.*)/) as [PreferenceScope, string];
        const read = shown[card]?.preferences?.[scope]?.values?.find((p) => p.type === type);
        const got = read ? { enabled: read.enabled, maxTransactionAmountPerDay: String(Number(read.maxTransactionAmountPerDay)) } : undefined;
        if (JSON.stringify(got) === JSON.stringify(preference)) continue;
        // The last update's own preference is its rule's; any other one set earlier should have stayed as it was.
        const rule = lastPreference.get(state)?.get(card) === key ? (lastRule.get(state) ?? 'CARD-PREF-001') : 'CARD-PREF-004';
        agree(real, rule, `card #${card} ${key} ${JSON.stringify(preference)}`, `${got ? JSON.stringify(got) : 'not listed'}`, false);
      }
    });
  }
  toString = () => 'read every status and the preferences set';
}

function statusesText(customer: string, walletStatus: string, cards: readonly string[]): string {
  return `customer ${customer}, wallet ${walletStatus}, ${cards.map((status, i) => `card #${i} ${status}`).join(', ')}`;
}

function resultOf<T>(exchange: Exchange): T | undefined {
  return (exchange.response?.json as { result?: T } | undefined)?.result;
}

class ReadBalance implements Command {
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

class ReadHistory implements Command {
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

/**
 * Amounts from a few values, not a range: the limits that decide a command (all of the available balance, one paisa or
 * one per cent above it) are met as often, and a finding shrinks in a few steps instead of a search over each amount,
 * each step a whole sequence run against the environment. Fixed ones up to 500.00; shares up to 120%.
 */
const SHARES = [1, 25, 50, 99, 100, 101, 120];
const amount = fc.oneof(
  fc.constantFrom(1, 100, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000).map((minor): Amount => ({ minor })),
  fc.record({ percent: fc.constantFrom(...SHARES), of: fc.constantFrom<'available' | 'total'>('available', 'total') }),
);

const actor = fc.constantFrom<Actor>('partner', 'support');

/**
 * A status to ask for: three times in four one that a documented allowed change of the matrix leads to or from (a
 * customer's ACTIVE, LOCKED and CREDIT_FREEZE), so that sequences leave a status and come back to it, as defects of
 * re-entry need; otherwise any status of the matrix.
 */
function statusTo(statusMatrix: Matrix): fc.Arbitrary<string> {
  const documented = statusMatrix.cells.filter((c) => c.provenance === 'documented' && c.rule === 'allowed').flatMap((c) => [c.from, c.to]);
  const requests = Object.keys(statusMatrix.requests);
  const live = requests.filter((to) => documented.includes(to) || documented.includes(statusMatrix.requests[to]));
  return fc.oneof({ arbitrary: fc.constantFrom(...live), weight: 3 }, { arbitrary: fc.constantFrom(...requests), weight: 1 });
}

/** Mostly ADD of a new lien and ADJUST of a held one, REMOVE of a held one less often; now and then a lienId that is taken, or unknown. */
const lienRequest = fc.oneof(
  { arbitrary: fc.tuple(fc.constant<LienType>('ADD'), fc.constant<LienTarget>('new')), weight: 4 },
  { arbitrary: fc.tuple(fc.constant<LienType>('ADJUST'), fc.constantFrom<LienTarget>('newest', 'oldest')), weight: 4 },
  { arbitrary: fc.tuple(fc.constant<LienType>('REMOVE'), fc.constantFrom<LienTarget>('newest', 'oldest')), weight: 2 },
  { arbitrary: fc.tuple(fc.constant<LienType>('ADD'), fc.constantFrom<LienTarget>('newest', 'oldest')), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom<LienType>('ADJUST', 'REMOVE'), fc.constant<LienTarget>('new')), weight: 1 },
);
const lien = fc.tuple(lienRequest, amount).map(([[type, target], sum]) => new Lien(type, target, sum));

/** `times` copies of a command's arbitrary: fast-check picks among the arbitraries evenly, so copies weigh. */
const weighted = (times: number, arbitrary: fc.Arbitrary<Command>) => Array<fc.Arbitrary<Command>>(times).fill(arbitrary);

const movement = fc.oneof({ arbitrary: fc.constantFrom<Movement>('credit', 'debit'), weight: 4 }, { arbitrary: fc.constant<Movement>('refund'), weight: 1 });
const move = fc.tuple(movement, amount).map(([kind, sum]) => new Move(kind, sum));
const reuse = fc.tuple(movement, amount, fc.constantFrom<'first' | 'latest'>('first', 'latest')).map(([kind, sum, earlier]) => new Move(kind, sum, earlier));
const customerStatus = fc.tuple(statusTo(model.CUSTOMER_MATRIX), actor).map(([to, by]) => new Status('customer', to, by));
const walletStatus = fc.tuple(statusTo(WALLET_MATRIX), actor).map(([to, by]) => new Status('wallet', to, by));
const cardStatus = fc.tuple(statusTo(model.CARD_MATRIX), actor, fc.nat(model.CARDS - 1)).map(([to, by, card]) => new Status('card', to, by, card));
const readBalance = fc.constant(new ReadBalance());
const readHistory = fc.constant(new ReadHistory());
const readStatuses = fc.constant(new ReadStatuses());
const activate = fc.nat(model.CARDS - 1).map((card) => new Activate(card));
const setPreference = fc
  .tuple(fc.nat(model.CARDS - 1), fc.constantFrom<PreferenceScope>('domestic', 'international'), fc.constantFrom(...PREFERENCE_TYPES), fc.boolean(), fc.constantFrom(...SHARES))
  .map(([card, scope, type, enabled, percent]) => new SetPreference(card, scope, type, enabled, percent));

/**
 * The kinds of sequence, each its own weighting of the commands (fast-check picks among a list's arbitraries evenly,
 * so copies weigh): about money (movements, liens and reads of a wallet that a status change rarely stops), three times
 * as often as the others; about the accounts' statuses (the customer's and the wallet's, as the partner or support, with
 * movements and reads between); about the cards (their statuses, activation, preferences); and everything at once.
 */
export const SEQUENCE_KINDS = [
  { kind: 'money', weight: 3, commands: [...weighted(4, move), reuse, ...weighted(6, lien), ...weighted(2, readBalance), readHistory, walletStatus] },
  { kind: 'accounts', weight: 1, commands: [...weighted(3, customerStatus), ...weighted(3, walletStatus), ...weighted(3, move), readStatuses, readBalance] },
  { kind: 'cards', weight: 1, commands: [...weighted(4, cardStatus), activate, ...weighted(2, setPreference), move, ...weighted(2, readStatuses)] },
  { kind: 'everything', weight: 1, commands: [...weighted(3, move), reuse, ...weighted(3, lien), customerStatus, walletStatus, ...weighted(2, cardStatus), activate, setPreference, readBalance, readHistory, readStatuses] },
];