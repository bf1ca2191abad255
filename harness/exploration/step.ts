/**
 * One step of a sequence and how it is judged (fast-check's model-based testing, `fc.commands`): what the commands act
 * on (`Real`, the entities a sequence created and the clients), the request a command makes through `step`, which
 * judges the answer with every check of the suite, and the comparison of what the environment did with what the model
 * (sequence-model.ts, wallet-model.ts) allows. A disagreement throws a {@link Disagreement}, which fast-check then
 * shrinks; an answer no check could judge throws an {@link EnvironmentFault}.
 */
import type fc from 'fast-check';
import type { ApiClient } from '../environment/client';
import { withoutKnownDeviations } from '../verdicts/contract-deviations';
import { currentTestInfo } from '../environment/current-test';
import type { DataFactory, IssuedCard } from '../data/data';
import type { Exchange } from '../reporting/exchange';
import type { Finding } from '../reporting/findings';
import { judge } from '../verdicts/judge';
import type { Actor } from '../contract/actor';
import { isWarning } from '../verdicts/warnings';
import type { SequenceState } from './sequence-model';
import type { Outcome, Prediction } from './wallet-model';

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

export type Model = SequenceState;
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
export async function step(real: Real, operationId: string, body: unknown, query?: Record<string, number>, actor: Actor = 'partner'): Promise<Exchange> {
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

/**
 * Throws unless the outcome is one the prediction allows; the prediction's rule becomes the one a later read-back
 * names when the state it read differs ({@link lastRule}).
 */
export function expectAllowed(real: Real, state: Model, prediction: Prediction, exchange: Exchange): Outcome {
  lastRule.set(state, prediction.rule);
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
export function agree(real: Real, rule: string, expected: string, received: string, agreed: boolean = expected === received, also: readonly string[] = []): void {
  real.steps.at(-1)!.verdict = `the model expected ${expected}; the environment gave ${received}`;
  if (!agreed) throw new Disagreement(rule, expected, received, also);
}

/** The rule of the last command that changed an entity, or had to leave it as it was: a read-back's disagreement is its. */
export const lastRule = new WeakMap<Model, string>();

/** The `result` of an answer's envelope, as much as a read needs. */
export function resultOf<T>(exchange: Exchange): T | undefined {
  return (exchange.response?.json as { result?: T } | undefined)?.result;
}

