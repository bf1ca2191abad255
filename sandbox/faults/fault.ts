/**
 * What a planted fault is. A fault either rewrites a finished response (`rewrite`, for faults in the wire
 * format) or is a named switch that the rule it breaks consults with `faults.active('<name>')` (for faults
 * in a business rule). `npm test` runs the suite against each fault and expects exactly `trips` to fail, and of the
 * status-transition matrices exactly the cells that `cells` selects; a sequence fault (`sequence`) must also be found by
 * the model-based exploration.
 */
import type { ScenarioApi } from './scenario';

/** A response on its way out, as a fault's `rewrite` sees and changes it. */
export interface Exchange {
  readonly operationId: string | undefined;
  /** The request's path, without the query. */
  readonly path: string;
  /** True when the request body was not valid JSON, so a fault can single out that case. */
  readonly malformedBody: boolean;
  status: number;
  contentType: string;
  // Any JSON value (or, for an environment fault, a non-JSON string): the rewrite inspects it before changing it.
  body: any;
}

export interface Fault<Name extends string = string> {
  name: Name;
  /** One line: the bug it plants, and so what the suite must notice. */
  reason: string;
  /** Requirement IDs that must fail, and only those, when the suite runs against this fault. */
  trips: readonly string[];
  rewrite?: (exchange: Exchange) => void;
  /** Contract violations let through the request validation: fields (dotted paths) of the given operations. */
  waives?: {
    operations: readonly string[];
    fields: readonly string[];
    /** Only these JSON Schema keywords of those fields (e.g. exclusiveMinimum); every keyword when omitted. */
    keywords?: readonly string[];
  };
  /**
   * The matrix cells (with the actor each test runs as) that must fail, and only those; none when omitted.
   * Cells whose `from` status the matrix cannot reach are never run, so they never count.
   */
  cells?: (test: CellTest) => boolean;
  /** The status-effect cells (fixtures/effects/) that must fail, and only those; none when omitted. */
  effectCells?: (test: EffectCellTest) => boolean;
  /**
   * A fault that takes a sequence of three steps or more to show (issue 21): `npm run explore` must find it within the
   * proof's seed and budget (tests/suite/exploration.test.ts), with a finding that names one of `rules` (which one
   * depends on the symptom the shrunk sequence ends on). Its `trips` are then what the cell and row tests catch of it:
   * none when they all miss it, which the proof reports.
   */
  sequence?: {
    rules: readonly string[];
    /** The shortest sequence that shows it, in words: what the proof's shrunk finding should look like. */
    steps: string;
  };
  /** An environment fault (a gateway, not the API): the suite must report environment errors and no violation. */
  environment?: boolean;
  /**
   * A latency fault: every answer of the operation comes `ms` later, and nothing else changes. No test may fail for it
   * (`trips` is empty); the regression diff against a clean run must flag the operation as slower, and only it
   * (tests/suite/planted-faults.test.ts, runner/latency.ts).
   */
  slow?: { operationId: string; ms: number };
  /**
   * A small scenario whose outcome (any value, compared deeply) differs between the clean sandbox and the sandbox with
   * this fault planted: tests/sandbox/faults.test.ts runs it both ways. Whether the suite notices is the proof's part.
   */
  demonstrate: (api: ScenarioApi) => Promise<unknown>;
}

/**
 * What a fault's predicates read of a cell of fixtures/matrices/ (the proof passes the cells themselves), stated here so
 * that the sandbox imports nothing of the suite.
 */
export interface CellView {
  id: string;
  from: string;
  to: string;
  /** The documented rule that decides it: allowed, same-status, terminal, support-only, already-in-status, wrong-state. */
  rule: string;
  answerRequirement?: string;
}

/** One test of a matrix: the matrix's name, the cell, and the actor. */
export interface CellTest {
  matrix: string;
  cell: CellView;
  actor: 'partner' | 'support';
  /** The HTTP status the actor must get. */
  status: number;
}

/** What a fault's predicates read of a cell of fixtures/effects/. */
export interface EffectCellView {
  id: string;
  status: string;
  movement: 'credit' | 'debit' | 'refund';
  expect: 'allowed' | 'refused';
}

/** One test of a status-effect matrix: the matrix's name and the cell (always run as the partner). */
export interface EffectCellTest {
  effects: string;
  cell: EffectCellView;
}

/** Keeps the fault's name as a literal type, so `faults.active(name)` only accepts registered names. */
export function defineFault<const Name extends string>(fault: Fault<Name>): Fault<Name> {
  return fault;
}

/** True when `body` is a `{result, pagination}` success envelope (catalog §4.1). */
export function isEnvelope(body: unknown): body is { result: unknown; pagination?: unknown } {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && 'result' in body;
}

/**
 * A 409 PPCUST_032 "Invalid Status Transition from : X to Y" that refuses a move to another status: a fault that
 * changes how refusals answer leaves same-status requests (X = Y), another rule, as they are.
 */
export function refusesAnotherStatus(body: unknown): body is { businessCode: string } {
  const { businessCode, detail } = (body ?? {}) as { businessCode?: unknown; detail?: unknown };
  const [, from, to] = /from : (\w+) to (\w+)/.exec(String(detail)) ?? [];
  return businessCode === 'PPCUST_032' && from !== undefined && from !== to;
}

/**
 * Turns a 409 into a clean 404 problem with the same detail, so that only the status is wrong, not the body's
 * consistency: for faults of an API that answers "not found" the REST way where the docs give a business error.
 */
export function answerNotFound(exchange: Exchange): void {
  const { type, detail } = exchange.body;
  exchange.status = 404;
  exchange.body = { type, title: 'Not Found', status: 404, detail, message: 'error.http.404' };
}
