/**
 * The regression view: what changed between two runs (run-results.json), e.g. the last good nightly run and the run
 * after a platform release. Defects first (new, fixed, still there: findings compare by ID, which names the defect,
 * not the test), then new failures, fixes, other changed outcomes, tests added or gone, matrix cells whose
 * outcome or answers changed, and response shapes that changed for an operation and status both runs saw.
 */
import { ALPHA, MIN_GROWTH_MS, RATIO, type Slowdown, slowdowns } from './latency';
import { matrixOf } from './matrix-cells';
import { findingLine, type RunFinding } from './run-findings';
import { type Outcome, type RunResults, type RunTest, testName } from './run-results';
import { shortCommit } from './run-metadata';

export interface OutcomeChange {
  title: string;
  before?: Outcome;
  after?: Outcome;
}

export interface CellChange extends OutcomeChange {
  /** The answers of the test's exchanges, `operation status [code]` in order, when they changed. */
  answersBefore?: string[];
  answersAfter?: string[];
}

export interface ShapeChange {
  operationId: string;
  status: number;
  before: string[];
  after: string[];
}

/** A defect in a diff: its line and, for one still there or new, the tests it fails now. */
export interface FindingChange {
  id: string;
  line: string;
  /** Tests it failed in the baseline; 0 when new. */
  testsBefore: number;
  /** Tests it fails in this run; 0 when fixed. */
  testsAfter: number;
}

export interface RunDiff {
  baseline: RunSummary;
  current: RunSummary;
  findings: { new: FindingChange[]; fixed: FindingChange[]; stillThere: FindingChange[] };
  newFailures: OutcomeChange[];
  fixed: OutcomeChange[];
  changedOutcomes: OutcomeChange[];
  added: string[];
  removed: string[];
  matrixCells: CellChange[];
  shapes: ShapeChange[];
  /** Operations whose response times got worse, by the rank test and the median's ratio (runner/latency.ts). */
  slowdowns: Slowdown[];
}

interface RunSummary {
  environment: string;
  commit: string;
  startedAt: string;
  tests: number;
}

const failing = (outcome?: Outcome) => outcome === 'failed' || outcome === 'deviation-passed';
const isCell = (t: RunTest) => matrixOf(t.ids) !== undefined;
const answers = (t: RunTest) => t.exchanges.map((e) => [e.operationId, e.status ?? 'no-response', e.businessCode].filter(Boolean).join(' '));

export function diffRuns(baseline: RunResults, current: RunResults): RunDiff {
  // Tests match by name (IDs and title), which a run made while titles still began with their IDs shares.
  const before = new Map(baseline.tests.map((t) => [testName(t), t]));
  const after = new Map(current.tests.map((t) => [testName(t), t]));
  const both = current.tests.filter((t) => before.has(testName(t)));
  const change = (t: RunTest): OutcomeChange => ({ title: testName(t), before: before.get(testName(t))?.outcome, after: t.outcome });

  const newFailures = current.tests.filter((t) => failing(t.outcome) && !failing(before.get(testName(t))?.outcome)).map(change);
  const fixed = both.filter((t) => failing(before.get(testName(t))!.outcome) && t.outcome === 'passed').map(change);
  const reported = new Set([...newFailures, ...fixed].map((c) => c.title));
  const changedOutcomes = both.filter((t) => !reported.has(testName(t)) && t.outcome !== before.get(testName(t))!.outcome).map(change);

  const matrixCells = both.filter(isCell).flatMap((t): CellChange[] => {
    const was = before.get(testName(t))!;
    const [answersBefore, answersAfter] = [answers(was), answers(t)];
    const answersChanged = JSON.stringify(answersBefore) !== JSON.stringify(answersAfter);
    if (!answersChanged && was.outcome === t.outcome) return [];
    return [{ ...change(t), ...(answersChanged && { answersBefore, answersAfter }) }];
  });

  return {
    baseline: summary(baseline),
    current: summary(current),
    findings: findingChanges(baseline.findings ?? [], current.findings ?? []),
    newFailures,
    fixed,
    changedOutcomes,
    added: current.tests.filter((t) => !before.has(testName(t))).map(testName),
    removed: baseline.tests.filter((t) => !after.has(testName(t))).map(testName),
    matrixCells,
    shapes: shapeChanges(baseline, current),
    slowdowns: slowdowns(baseline, current),
  };
}

/** Defects by ID: new in this run, gone from it, in both. */
function findingChanges(before: readonly RunFinding[], after: readonly RunFinding[]): RunDiff['findings'] {
  const [was, now] = [new Map(before.map((f) => [f.id, f])), new Map(after.map((f) => [f.id, f]))];
  const change = (f: RunFinding): FindingChange => ({ id: f.id, line: findingLine(f), testsBefore: was.get(f.id)?.tests ?? 0, testsAfter: now.get(f.id)?.tests ?? 0 });
  return {
    new: after.filter((f) => !was.has(f.id)).map(change),
    fixed: before.filter((f) => !now.has(f.id)).map(change),
    stillThere: after.filter((f) => was.has(f.id)).map(change),
  };
}

/** Operations and statuses both runs saw, whose set of response shapes differs. */
function shapeChanges(baseline: RunResults, current: RunResults): ShapeChange[] {
  const shapesOf = (run: RunResults) => {
    const seen = new Map<string, Set<string>>();
    for (const e of run.tests.flatMap((t) => t.exchanges)) {
      if (e.status === undefined || e.shape === undefined) continue;
      const key = `${e.operationId} ${e.status}`;
      seen.set(key, (seen.get(key) ?? new Set()).add(e.shape));
    }
    return seen;
  };
  const [was, now] = [shapesOf(baseline), shapesOf(current)];
  return [...now.entries()]
    .filter(([key, shapes]) => was.has(key) && !sameSet(was.get(key)!, shapes))
    .map(([key, shapes]) => {
      const [operationId, status] = key.split(' ');
      return { operationId, status: Number(status), before: [...was.get(key)!].sort(), after: [...shapes].sort() };
    })
    .sort((a, b) => `${a.operationId} ${a.status}`.localeCompare(`${b.operationId} ${b.status}`));
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

function summary(run: RunResults): RunSummary {
  return { environment: run.environment, commit: run.commit, startedAt: run.startedAt, tests: run.tests.length };
}

/** The diff for a person: what a release broke first. */
export function diffMarkdown(diff: RunDiff): string {
  const run = (r: RunSummary) => `${r.environment}, commit ${shortCommit(r.commit)}, started ${r.startedAt} (${r.tests} tests)`;
  const outcome = (c: OutcomeChange) => `- ${c.title}: ${c.before ?? 'absent'} → ${c.after ?? 'absent'}`;
  const section = (title: string, lines: string[]) => [`## ${title} (${lines.length})`, '', ...(lines.length ? lines : ['None.']), ''];
  return [
    '# Regression: this run against the baseline',
    '',
    `- Baseline: ${run(diff.baseline)}`,
    `- This run: ${run(diff.current)}`,
    '',
    ...section('New findings', diff.findings.new.map((f) => `- ${f.line}: ${f.testsAfter} test(s)`)),
    ...section('Fixed findings', diff.findings.fixed.map((f) => `- ${f.line}: failed ${f.testsBefore} test(s) in the baseline`)),
    ...section('Findings still there', diff.findings.stillThere.map((f) => `- ${f.line}: ${f.testsBefore} → ${f.testsAfter} test(s)`)),
    ...section('New failures', diff.newFailures.map(outcome)),
    ...section('Fixed', diff.fixed.map(outcome)),
    ...section('Other changed outcomes', diff.changedOutcomes.map(outcome)),
    ...section(
      'Matrix cells that changed',
      diff.matrixCells.map((c) => `${outcome(c)}${c.answersAfter ? `; answers ${c.answersBefore!.join(', ')} → ${c.answersAfter.join(', ')}` : ''}`),
    ),
    ...section('Response shapes that changed', diff.shapes.map((s) => `- ${s.operationId} ${s.status}: ${s.before.join(', ')} → ${s.after.join(', ')}`)),
    ...section(
      `Operations that got slower (median at least ${RATIO}× and ${MIN_GROWTH_MS} ms more, and a one-sided Mann–Whitney U test at p < ${ALPHA})`,
      diff.slowdowns.map((s) => `- ${s.operationId}: median ${s.before.p50} → ${s.after.p50} ms (${s.ratio.toFixed(1)}×), p95 ${s.before.p95} → ${s.after.p95} ms, ${s.before.count} and ${s.after.count} exchanges, p = ${s.p.toExponential(1)}`),
    ),
    ...section('Tests added', diff.added.map((t) => `- ${t}`)),
    ...section('Tests gone', diff.removed.map((t) => `- ${t}`)),
  ].join('\n');
}
