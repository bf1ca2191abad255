/**
 * Model-based exploration (issue 21): fast-check generates sequences of commands (commands.ts, money-commands.ts, status-commands.ts) over what each sequence
 * creates, runs each against the environment and the model (sequence-model.ts) side by side, and, when an
 * answer disagrees with the model, shrinks the sequence to the shortest that still disagrees. The result says what was
 * tried and reached, and the one finding, with its steps' masked curl lines and the command that replays it.
 */
import fc from 'fast-check';
import { toCurl } from '../reporting/curl';
import { maskText } from '../reporting/mask';
import { SEQUENCE_KINDS } from './commands';
import { openingCredit } from './money-commands';
import { type Command, Disagreement, EnvironmentFault, type Real, type Tally } from './step';
import type { ExploreSettings } from './settings';
import { newSequence } from './sequence-model';

/** What `npm run explore` asks for (settings.ts), and how long a sequence may grow. */
export interface ExploreOptions extends ExploreSettings {
  /** Commands per sequence, at most. */
  maxCommands?: number;
}

/** One step of a finding's sequence: the command, and the masked curl line of each request it made. */
export interface FindingStep {
  command: string;
  /** What the model expected of the step and why, and what came back. */
  verdict?: string;
  curls: string[];
}

export interface ExplorationFinding {
  rule: string;
  /** Other requirements the answer broke as well. */
  also: readonly string[];
  predicted: string;
  received: string;
  steps: FindingStep[];
  /** The command line that replays the shrunk sequence. */
  replay: string;
}

export interface Exploration {
  seed: number;
  /** Sequences run (fewer than asked when the time ran out or a finding stopped it). */
  sequences: number;
  /** True when the time budget stopped the generation. */
  interrupted: boolean;
  operations: Record<string, number>;
  outcomes: Record<string, number>;
  finding?: ExplorationFinding;
  /** The environment could not answer: the exploration stopped, and nothing was learnt. */
  environmentError?: string;
}

/** The default length of a sequence: long enough for the defects of three steps and more, short enough to shrink. */
export const MAX_COMMANDS = 20;

/**
 * A sequence opens with a credit of up to 1,000.00 (none one time in four), so that liens and debits find money to meet
 * the limits that decide them; it shrinks towards none. A wallet still gets empty, by debits of all that is available.
 */
const OPENING = fc.constantFrom(0, 1_000, 10_000, 100_000);

function opened(credit: number, commands: Iterable<Command>): Iterable<Command> {
  return credit > 0 ? [openingCredit(credit), ...commands] : commands;
}

/** The model's start for the entities `real` holds: each card in the status its issuance answered. */
const modelOf = (real: Real) => ({ model: newSequence(real.support !== undefined, real.cards.map((card) => card.cardStatus)), real });

/**
 * Explores: `newReal` makes the entities of one sequence (a customer, two cards, the first one's wallet) and the clients.
 * @example const exploration = await explore((tally) => newReal(tally), { runs: 200, seed: 42 });
 */
export async function explore(newReal: (tally: Tally) => Promise<Real>, options: ExploreOptions): Promise<Exploration> {
  const tally: Tally = { operations: new Map(), outcomes: new Map() };
  const maxCommands = options.maxCommands ?? MAX_COMMANDS;
  // Each kind of sequence gets the replay path: the run's path picks the kind, and the kind's commands replay by it.
  const sequences = fc.oneof(...SEQUENCE_KINDS.map(({ commands, weight }) => ({ arbitrary: fc.commands(commands, { maxCommands, size: 'max', replayPath: options.replayPath }), weight })));
  const property = fc.asyncProperty(OPENING, sequences, async (credit, commands) => {
    const real = await newReal(tally);
    await fc.asyncModelRun(() => modelOf(real), opened(credit, commands));
  });
  const details = await fc.check(property, {
    seed: options.seed,
    numRuns: options.runs,
    path: options.path,
    interruptAfterTimeLimit: options.timeMs,
    markInterruptAsFailure: false,
  });
  const exploration: Exploration = {
    seed: options.seed,
    sequences: details.numRuns,
    interrupted: details.interrupted,
    operations: Object.fromEntries(tally.operations),
    outcomes: Object.fromEntries([...tally.outcomes].sort()),
  };
  if (!details.failed) return exploration;
  const error = details.errorInstance;
  if (error instanceof EnvironmentFault) return { ...exploration, environmentError: maskText(error.message) };
  if (!(error instanceof Disagreement)) throw error;
  const [credit, commands] = details.counterexample!;
  // fast-check writes the commands' own replay path into their text: with the run's path, it replays the shrunk sequence.
  const replayPath = /\/\*replayPath="([^"]*)"\*\//.exec(String(commands))?.[1];
  // Once more, alone, for its exchanges: the shrunk run's were made among many others.
  const real = await newReal({ operations: new Map(), outcomes: new Map() });
  let replayed: unknown;
  await fc.asyncModelRun(() => modelOf(real), opened(credit, commands)).catch((e: unknown) => (replayed = e));
  const last = replayed instanceof Disagreement ? replayed : error;
  return {
    ...exploration,
    finding: {
      rule: last.rule,
      also: last.also,
      predicted: last.predicted,
      received: maskText(last.received),
      steps: real.steps.map(({ command, exchanges, verdict }) => ({ command: String(command), ...(verdict && { verdict: maskText(verdict) }), curls: exchanges.map(toCurl) })),
      replay: `npm run explore -- --seed ${options.seed} --path ${details.counterexamplePath}${replayPath ? ` --commands ${replayPath}` : ''}`,
    },
  };
}
