/**
 * The commands a sequence is made of (fast-check's model-based testing, `fc.commands`): each makes one request of a
 * documented operation against the wallet a sequence created, judges the answer with every check of the suite, and
 * compares what the environment did with what the model (wallet-model.ts) allows; a read compares the wallet's balance
 * or history with the model. A disagreement throws a {@link Disagreement}, which fast-check then shrinks.
 */
import fc from 'fast-check';
import type { ApiClient } from '../client';
import type { DataFactory, IssuedCard } from '../data';
import { MOVEMENT_REQUEST, MOVEMENTS, type Movement } from '../effects';
import type { Exchange } from '../exchange';
import type { Finding } from '../findings';
import { judge } from '../judge';
import { applied, type Balance, type HistoryItem } from '../ledger';
import { amountText, minorUnits } from '../money';
import { isWarning } from '../warnings';
import * as model from './wallet-model';

/** What the commands act on: the sequence's own wallet (a new card of a new customer) and the clients. */
export interface Real {
  api: ApiClient;
  data: DataFactory;
  card: IssuedCard;
  /** Every exchange of the sequence, by the step that made it (0-based). */
  steps: Exchange[][];
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

export type Model = model.WalletState;
type Command = fc.AsyncCommand<Model, Real>;

/** A sequence's answer that the model does not allow: one finding of the exploration. */
export class Disagreement extends Error {
  override name = 'Disagreement';
  constructor(
    /** The requirement, or matrix cell, whose rule the answer broke. */
    readonly rule: string,
    readonly predicted: string,
    readonly received: string,
  ) {
    super(`${rule}: the model predicted ${predicted}, the environment answered ${received}`);
  }
}

/** An answer no check could judge (a timeout, a 502, a body that is not JSON): the sequence stops, nothing is learnt. */
export class EnvironmentFault extends Error {
  override name = 'EnvironmentFault';
}

/** Calls an operation as one step of the sequence, and judges the answer with the checks of every exchange. */
async function step(real: Real, operationId: string, body: unknown, query?: Record<string, number>): Promise<Exchange> {
  const exchange = await real.api.call(operationId, { body, query });
  real.steps.at(-1)!.push(exchange);
  count(real.tally.operations, operationId);
  const findings = judge(exchange);
  const environment = findings.find((f) => f.kind === 'environment');
  if (environment) throw new EnvironmentFault(environment.message);
  const broken: Finding | undefined = findings.find((f) => !isWarning(f.requirement));
  if (broken) throw new Disagreement(broken.requirement, 'an answer every check passes', broken.message);
  return exchange;
}

/** What an answer says the command did: a 2xx went through; any other answer was a refusal. */
function outcomeOf(exchange: Exchange): model.Outcome {
  const status = exchange.response?.status ?? 0;
  return status >= 200 && status < 300 ? 'applied' : 'refused';
}

/** Throws unless the outcome is one the prediction allows. */
function expectAllowed(real: Real, prediction: model.Prediction, exchange: Exchange): model.Outcome {
  const outcome = outcomeOf(exchange);
  count(real.tally.outcomes, `${prediction.cell ?? prediction.rule} ${outcome}${prediction.outcomes.length > 1 ? ' (either allowed)' : ''}`);
  if (!prediction.outcomes.includes(outcome)) throw new Disagreement(prediction.rule, `${prediction.outcomes.join(' or ')}${prediction.cell ? ` (${prediction.cell})` : ''}`, `${outcome} (${exchange.response?.status})`);
  return outcome;
}

/** The rule of the last command that changed the wallet, or had to leave it as it was: a read-back's disagreement is its. */
const lastRule = new WeakMap<Model, string>();

class Move implements Command {
  constructor(
    readonly movement: Movement,
    readonly amount: number,
    /** undefined: a new txnRef; else the txnRef of an earlier movement that went through, by its index. */
    readonly reuse?: number,
  ) {}
  // A reuse needs an earlier txnRef: fast-check leaves the command out of a sequence that has none yet.
  check = (wallet: Readonly<Model>) => this.reuse === undefined || wallet.txnRefs.size > 0;
  async run(wallet: Model, real: Real): Promise<void> {
    real.steps.push([]);
    const earlier = [...wallet.txnRefs];
    const txnRef = this.reuse === undefined ? real.data.uniqueId('TXN') : earlier[this.reuse % earlier.length];
    const prediction = model.predictMovement(wallet, this.movement, this.amount, txnRef);
    const body = real.data.transaction(real.card, { amount: amountText(this.amount), ...MOVEMENT_REQUEST[this.movement], txnRef });
    const outcome = expectAllowed(real, prediction, await step(real, 'loadWallet', body));
    lastRule.set(wallet, prediction.rule);
    if (outcome === 'applied') model.applyMovement(wallet, this.movement, this.amount, txnRef);
  }
  toString = () => `${this.movement} ${amountText(this.amount)}${this.reuse === undefined ? '' : ` reusing an earlier txnRef (#${this.reuse})`}`;
}

class Lien implements Command {
  constructor(
    readonly type: model.LienType,
    /** Which of a few lienIds of the sequence: reuse makes ADJUST and REMOVE meet their ADD. */
    readonly slot: number,
    readonly amount: number,
  ) {}
  check = () => true;
  async run(wallet: Model, real: Real): Promise<void> {
    real.steps.push([]);
    const lienId = lienIdOf(real, this.slot);
    const prediction = model.predictLien(wallet, this.type, lienId, this.amount);
    const body = real.data.lien(real.card, { type: this.type, lienAmount: this.amount / 100, lienId });
    const outcome = expectAllowed(real, prediction, await step(real, 'markLien', body));
    lastRule.set(wallet, prediction.rule);
    if (outcome === 'applied') model.applyLien(wallet, this.type, lienId, this.amount);
  }
  toString = () => `lien ${this.type} #${this.slot}${this.type === 'REMOVE' ? '' : ` ${amountText(this.amount)}`}`;
}

/** The lienIds of a sequence, made on first use: a fresh one per slot, so no earlier run's lien is met. */
const lienIds = new WeakMap<Real, string[]>();
function lienIdOf(real: Real, slot: number): string {
  const ids = lienIds.get(real) ?? [];
  lienIds.set(real, ids);
  ids[slot] ??= real.data.lienId();
  return ids[slot];
}

class Status implements Command {
  constructor(readonly to: string) {}
  check = () => true;
  async run(wallet: Model, real: Real): Promise<void> {
    real.steps.push([]);
    const prediction = model.predictStatus(wallet, this.to);
    const outcome = expectAllowed(real, prediction, await step(real, 'updateWalletStatus', { accountId: real.card.accountId, status: this.to }));
    lastRule.set(wallet, prediction.rule);
    if (outcome === 'applied') model.applyStatus(wallet, this.to);
  }
  toString = () => `wallet status → ${this.to}`;
}

class ReadBalance implements Command {
  check = () => true;
  async run(wallet: Model, real: Real): Promise<void> {
    real.steps.push([]);
    const exchange = await step(real, 'fetchCardBalance', { entityId: real.card.customer.entityId, kitNo: real.card.kitNo });
    const wallets = (exchange.response?.json as { result?: { wallets?: Balance[] } })?.result?.wallets ?? [];
    const shown = wallets.find((w) => w.accountId === real.card.accountId);
    const rule = lastRule.get(wallet) ?? 'DATA-LOAD-001';
    const expected = `total ${amountText(wallet.total)}, held ${amountText(model.held(wallet))}`;
    const received = shown ? `total ${shownAmount(shown.totalBalance)}, held ${shownAmount(shown.heldAmount)}` : 'no such wallet';
    if (received !== expected) throw new Disagreement(rule, expected, received);
  }
  toString = () => 'read the balance';
}

class ReadHistory implements Command {
  check = () => true;
  async run(wallet: Model, real: Real): Promise<void> {
    real.steps.push([]);
    const body = { entityId: real.card.customer.entityId, accountId: real.card.accountId };
    const items: HistoryItem[] = [];
    // Small pages, so that a history of a few items already spans several.
    for (let pageNo = 0; pageNo < 50; pageNo++) {
      const page = ((await step(real, 'fetchTransactions', body, { pageNo, pageSize: HISTORY_PAGE })).response?.json as { result?: typeof items })?.result ?? [];
      items.push(...page);
      if (page.length < HISTORY_PAGE) break;
    }
    const moved = items.filter(applied);
    const sum = moved.reduce((total, item) => total + (minorUnits(item.amount) ?? Number.NaN), 0);
    const expected = `${wallet.items} items summing to ${amountText(wallet.total)}`;
    const received = `${moved.length} items summing to ${Number.isNaN(sum) ? 'no amount' : amountText(sum)}`;
    if (received !== expected) throw new Disagreement(lastRule.get(wallet) ?? 'MONEY-HISTORY-001', expected, received);
  }
  toString = () => 'read the history';
}

/** The page size of history reads: small, so that pages beyond the first are read. */
export const HISTORY_PAGE = 3;

function shownAmount(value: unknown): string {
  const minor = minorUnits(value);
  return minor === undefined ? String(value) : amountText(minor);
}

/** Amounts of up to 500.00, in minor units; a few round ones, so that sums meet limits exactly. */
const amount = fc.oneof(fc.integer({ min: 1, max: 50_000 }), fc.constantFrom(1_000, 2_500, 5_000, 10_000));

/** Every command of a sequence, weighted so that money moves more often than it is read. */
export const commandArbitraries = [
  fc.tuple(fc.constantFrom(...MOVEMENTS), amount).map(([movement, minor]) => new Move(movement, minor)),
  fc.tuple(fc.constantFrom(...MOVEMENTS), amount, fc.nat(7)).map(([movement, minor, reuse]) => new Move(movement, minor, reuse)),
  fc.tuple(fc.constantFrom<model.LienType>('ADD', 'ADJUST', 'REMOVE'), fc.nat(2), amount).map(([type, slot, minor]) => new Lien(type, slot, minor)),
  fc.constantFrom(...model.WALLET_MATRIX.statuses).map((to) => new Status(to)),
  fc.constant(new ReadBalance()),
  fc.constant(new ReadHistory()),
];
