/**
 * Coverage of a run (reports/coverage.{json,md}): how much the run tried, and how much of it held. For each
 * operation, each status and business code the contract documents: exercised or not, and whether every test that
 * saw it passed; an answer the contract does not document is a finding. For each requirement: its tests and its
 * verdict. For each matrix: cells passed, failed and skipped.
 */
import { latencyOf, type LatencySummary } from './latency';
import { documentedResponse, type Operation } from '../harness/contract/contract';
import type { Requirement } from '../harness/reporting/requirements';
import { matrixOf } from './matrix-cells';
import { CHECKED_ON_EVERY_EXCHANGE, type RequirementVerdict, requirementVerdicts } from './requirement-verdicts';
import type { RunFinding } from './run-findings';
import type { RunResults, RunTest } from './run-results';

export interface Tally {
  /** What there is to try (documented, in the catalogue, in the run). */
  total: number;
  tried: number;
  held: number;
}

export interface AnswerCoverage {
  /** The contract's status key ("200", "409", "4XX"). */
  status: string;
  businessCode?: string;
  exercised: boolean;
  /** Every test that saw this answer passed. */
  held: boolean;
  tests: number;
}

export interface OperationCoverage {
  operationId: string;
  area: string;
  answers: AnswerCoverage[];
}

/** An answer the contract does not document: a status, or a business code of a documented status. */
export interface UndocumentedAnswer {
  operationId: string;
  status?: number;
  businessCode?: string;
  what: string;
  /** How many exchanges answered so. */
  exchanges: number;
}

export interface MatrixCoverage {
  matrix: string;
  cells: number;
  passed: number;
  failed: number;
  skipped: number;
}

export interface Coverage {
  run: Pick<RunResults, 'environment' | 'commit' | 'startedAt' | 'rejudged'>;
  /** The run's distinct defects (runner/run-findings.ts), first: what a reader wants before any count. */
  findings: RunFinding[];
  totals: { tests: Tally; operations: Tally; answers: Tally; requirements: Tally };
  operations: OperationCoverage[];
  /** Response times per operation: count, p50, p95 and max in ms (runner/latency.ts). */
  latency: Record<string, LatencySummary>;
  requirements: RequirementVerdict[];
  matrices: MatrixCoverage[];
  undocumentedAnswers: UndocumentedAnswer[];
}

const held = (t: RunTest) => t.outcome === 'passed';
const tried = (t: RunTest) => t.outcome !== 'skipped';

export function coverageOf(run: RunResults, operations: readonly Operation[], catalogue: Iterable<Requirement>): Coverage {
  const seen = run.tests.flatMap((test) => test.exchanges.map((exchange) => ({ test, exchange })));
  const operationCoverage = operations.map((op): OperationCoverage => {
    const ofOp = seen.filter((s) => s.exchange.operationId === op.operationId && s.exchange.status !== undefined);
    const answer = (status: string, businessCode?: string): AnswerCoverage => {
      const matching = ofOp.filter(
        (s) => documentedResponse(op, s.exchange.status!)?.status === status && (businessCode === undefined || s.exchange.businessCode === businessCode),
      );
      const testsSeen = new Set(matching.map((s) => s.test));
      return { status, ...(businessCode && { businessCode }), exercised: testsSeen.size > 0, held: testsSeen.size > 0 && [...testsSeen].every(held), tests: testsSeen.size };
    };
    const answers = Object.values(op.responses).flatMap((r) => [answer(r.status), ...r.businessCodes.map((code) => answer(r.status, code))]);
    return { operationId: op.operationId, area: op.area, answers };
  });

  const verdicts = requirementVerdicts(catalogue, run.tests, CHECKED_ON_EVERY_EXCHANGE);
  const allAnswers = operationCoverage.flatMap((o) => o.answers);
  const exercisedOps = operationCoverage.filter((o) => o.answers.some((a) => a.exercised));
  return {
    run: { environment: run.environment, commit: run.commit, startedAt: run.startedAt, ...(run.rejudged && { rejudged: run.rejudged }) },
    findings: run.findings ?? [],
    totals: {
      tests: { total: run.tests.length, tried: run.tests.filter(tried).length, held: run.tests.filter(held).length },
      operations: { total: operations.length, tried: exercisedOps.length, held: exercisedOps.filter((o) => o.answers.every((a) => !a.exercised || a.held)).length },
      answers: { total: allAnswers.length, tried: allAnswers.filter((a) => a.exercised).length, held: allAnswers.filter((a) => a.held).length },
      requirements: {
        total: verdicts.length,
        tried: verdicts.filter((v) => !['not-tried', 'not-applicable'].includes(v.verdict)).length,
        held: verdicts.filter((v) => v.verdict === 'held').length,
      },
    },
    operations: operationCoverage,
    latency: latencyOf(run),
    requirements: verdicts,
    matrices: matrixCoverage(run.tests),
    undocumentedAnswers: undocumentedAnswers(seen, operations),
  };
}

/** Cells per matrix, by the matrix the cell a test declares belongs to. */
function matrixCoverage(tests: readonly RunTest[]): MatrixCoverage[] {
  const byMatrix = new Map<string, RunTest[]>();
  for (const test of tests) {
    const matrix = matrixOf(test.ids);
    if (matrix) byMatrix.set(matrix, [...(byMatrix.get(matrix) ?? []), test]);
  }
  return [...byMatrix.entries()].map(([matrix, cells]) => ({
    matrix,
    cells: cells.length,
    passed: cells.filter(held).length,
    failed: cells.filter((t) => t.outcome === 'failed' || t.outcome === 'deviation-passed').length,
    skipped: cells.filter((t) => t.outcome === 'skipped').length,
  }));
}

/** Statuses an operation answered that the contract does not document, and business codes it does not list. */
function undocumentedAnswers(seen: { test: RunTest; exchange: RunTest['exchanges'][number] }[], operations: readonly Operation[]): UndocumentedAnswer[] {
  const byOperation = new Map(operations.map((op) => [op.operationId, op]));
  const findings = new Map<string, UndocumentedAnswer>();
  for (const { exchange } of seen) {
    const op = byOperation.get(exchange.operationId);
    if (!op || exchange.status === undefined) continue;
    const documented = documentedResponse(op, exchange.status);
    const what = !documented
      ? `answered ${exchange.status}, which the contract does not document`
      : exchange.businessCode && documented.businessCodes.length > 0 && !documented.anyBusinessCode && !documented.businessCodes.includes(exchange.businessCode)
        ? `answered ${exchange.status} with business code ${exchange.businessCode}, which the contract does not list`
        : undefined;
    if (!what) continue;
    const key = `${op.operationId} ${what}`;
    const finding = findings.get(key) ?? { operationId: op.operationId, status: exchange.status, ...(exchange.businessCode && { businessCode: exchange.businessCode }), what, exchanges: 0 };
    finding.exchanges += 1;
    findings.set(key, finding);
  }
  return [...findings.values()];
}
