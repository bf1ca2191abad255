/**
 * The protocol between the tests and the reports: every fact a test tells the runner travels as a Playwright annotation
 * of one type declared here, with a typed payload and its one encoding. Tests write with {@link annotate}; the runner
 * (run-results, findings, matrix and effect discovery, the circuit breaker, the kept-worker reporter) reads with
 * {@link annotationsOf}, and never re-derives a fact from a message's text or an ID's prefix.
 */
import { type ExchangeNote, formatNote, parseNote } from './exchange-note';
import type { SeenFinding } from './findings';
import type { Actor } from '../contract/actor';

/** What a status cell's test saw (runner/matrix-discovery.ts writes the observed matrix from these). */
export interface CellObservation {
  matrix: string;
  cell: string;
  actor: Actor;
  status: number | null;
  businessCode?: string;
  message?: string;
  /** The status a read after the request returned. */
  readBack: string;
}

/** What an effect cell's test saw (runner/effect-discovery.ts). */
export interface EffectObservation {
  effects: string;
  cell: string;
  status: number;
  businessCode?: string;
  /** How far the total balance moved, in major units (negative for less money). */
  balanceChange: number;
  /** How many successful items the history gained. */
  recorded: number;
}

/** A contract finding a known deviation of the environment let through (harness/verdicts/contract-deviations.ts). */
export interface Excuse {
  /** The requirement the excused finding broke. */
  requirement: string;
  operation: string;
  /** The status the entry names; absent when it excuses every answer of the operation. */
  status?: number;
  reason: string;
  /** The expectations file the entry is in. */
  file?: string;
}

interface Codec<T> {
  encode(value: T): string;
  decode(text: string): T | undefined;
}

const text: Codec<string> = { encode: (value) => value, decode: (value) => value };
const json = <T>(): Codec<T> => ({ encode: (value) => JSON.stringify(value), decode: (value) => JSON.parse(value) as T });

/** Every annotation type a test writes for the reports, and how its payload is written. */
const PROTOCOL = {
  /** A defect the test saw, once per defect. */
  finding: json<SeenFinding>(),
  /** A requirement the test's own step found broken. */
  violation: text,
  /** A requirement a set-up step found broken (its test was blocked, not judged). */
  'setup-violation': text,
  /** The environment could not answer (a timeout, a gateway, no token): the message, masked. Such a test is no verdict on the API. */
  'environment-error': text,
  /** A contract finding a known deviation excused. */
  'known-deviation': json<Excuse>(),
  /** A set-up step stopped the test: the step's subject. */
  'setup-stopped': text,
  /** ...and that step rests on inference, so the test's rules are "not judged here". */
  'setup-on-inference': text,
  /** The test failed on warnings alone: how many. */
  'warnings-only': text,
  /** One per exchange: operation, status, business code, shape and request ID, no body (harness/reporting/exchange-note.ts). */
  exchange: { encode: formatNote, decode: parseNote } satisfies Codec<ExchangeNote>,
  /** A side of an interpretation point the answers showed: `<point>=<side>`. */
  interpretation: text,
  /** A side of a point that rules the test out: `<point>=<side>` (the test is skipped as not applicable). */
  'not-applicable': text,
  /** The circuit breaker had tripped: why the test was not run. */
  'not-run': text,
  /** The status or effect cell a test runs: `<matrix> <cell> <actor>`. */
  'matrix-cell': text,
  /** A cell whose `from` status no path of the matrix reaches: `<matrix> <cell>`. */
  'matrix-unreachable': text,
  'matrix-observation': json<CellObservation>(),
  'effect-observation': json<EffectObservation>(),
  /** A failed test that kept its worker (harness/environment/kept-worker.ts): its status. */
  'kept-worker': text,
  /** The test's tags in one line, for Playwright's JUnit report, which shows annotations but not tags. */
  tags: text,
  /** Allure labels (allure-playwright reads `allure.label.<name>`). */
  'allure.label.operation': text,
  'allure.label.story': text,
} as const;

export type AnnotationType = keyof typeof PROTOCOL;
export type Payload<T extends AnnotationType> = (typeof PROTOCOL)[T] extends Codec<infer P> ? P : never;

interface Annotated {
  annotations: { type: string; description?: string }[];
}

/** The annotation itself, for a test's declaration (`test(title, { annotation }, …)`). */
export function annotation<T extends AnnotationType>(type: T, value: Payload<T>): { type: T; description: string } {
  return { type, description: (PROTOCOL[type] as Codec<Payload<T>>).encode(value) };
}

/** Tells the reports `value`; with `once`, not again when the test already said exactly this. */
export function annotate<T extends AnnotationType>(info: Annotated, type: T, value: Payload<T>, { once = false } = {}): void {
  const written = annotation(type, value);
  if (once && info.annotations.some((a) => a.type === type && a.description === written.description)) return;
  info.annotations.push(written);
}

/** What a test said of one type, decoded; a description its codec cannot read is left out. */
export function annotationsOf<T extends AnnotationType>(annotations: readonly { type: string; description?: string }[], type: T): Payload<T>[] {
  const codec = PROTOCOL[type] as Codec<Payload<T>>;
  return annotations.filter((a) => a.type === type).flatMap((a) => {
    const value = codec.decode(a.description ?? '');
    return value === undefined ? [] : [value];
  });
}

/** True when a test said anything of this type. */
export function hasAnnotation(annotations: readonly { type: string }[], type: AnnotationType): boolean {
  return annotations.some((a) => a.type === type);
}
