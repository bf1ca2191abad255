/**
 * The compact results of one run (`reports/run-results.json`): per test its IDs, outcome, why it failed, and what
 * each exchange answered (operation, status, business code, response shape). Coverage, certification and the
 * regression diff are all built from this file and the requirements catalogue, never from the raw reports, so
 * they agree with each other and a run can be compared with one from months ago.
 */
import { type AnnotationType, annotationsOf, type Excuse, hasAnnotation } from '../harness/reporting/annotations';
import { declaredIds, reportName } from '../harness/reporting/covers';
import type { ExchangeNote } from '../harness/reporting/exchange-note';
import { requirement } from '../harness/reporting/requirements';
import type { LatencySummary } from './latency';
import type { PlaywrightJsonReport, ReportedTest } from './playwright-report';
import { blockingFindings, type RunFinding, runFindings, seenFindings } from './run-findings';
import { reportedTests } from './playwright-report';

export const RUN_RESULTS_FORMAT = 'm2p-conformance-run/1';

/**
 * What became of a test: passed; failed; skipped; `known-deviation` (failed where the environment's known deviations
 * expect it to); `deviation-passed` (listed as a known deviation, yet it passed: the entry should go).
 */
export type Outcome = 'passed' | 'failed' | 'skipped' | 'known-deviation' | 'deviation-passed';

/**
 * Why a test failed, as the Allure categories sort it; `blocked`: only a set-up step of the test saw findings, so its
 * own rule was not judged; `warning`: it broke only rules that cannot block certification (harness/verdicts/warnings.ts), and
 * ran to its end, so its other rules were judged.
 */
export type FailureClass = 'environment-error' | 'contract-violation' | 'business-rule-violation' | 'blocked' | 'warning' | 'test-defect';

export interface RunTest {
  /** The title: stable across runs, it says the behaviour and its expected outcome (the IDs are in `ids`); see {@link testName}. */
  title: string;
  file: string;
  /** The IDs the test declares (harness/reporting/covers.ts): a limit row or matrix cell, then requirement IDs. */
  ids: string[];
  outcome: Outcome;
  failure?: FailureClass;
  /** Requirement IDs the test reported as violated, by its own steps. */
  violations: string[];
  /** Requirement IDs its set-up steps saw violated (harness/verdicts/verify.ts, SetupOf); absent when none. */
  setupViolations?: string[];
  /** The IDs of the defects it saw (RunResults.findings); absent when none. */
  findings?: string[];
  /** The defects that blocked it (failure `blocked`); absent unless it was blocked. */
  blockedBy?: string[];
  /**
   * Blocked by a set-up step that rests on inference (a transition of an inferred matrix cell, harness/verdicts/verify.ts
   * SetupOf): the subjects of those steps. Its rules are "not judged here", which does not block certification.
   */
  blockedOnInference?: string[];
  /** The requirements it saw broken that cannot block certification (harness/verdicts/warnings.ts), passed or not; absent when none. */
  warnings?: string[];
  /** Contract findings a known deviation at exchange grain let through (harness/verdicts/contract-deviations.ts); absent when none. */
  excused?: Excuse[];
  /** Why a skipped test was skipped (missing credentials, an unreachable matrix status). */
  skipReason?: string;
  /**
   * Not applicable, rather than untried: a matrix cell whose `from` no partner operation reaches, or a test the side
   * the environment showed at an interpretation point rules out (harness/verdicts/interpretations.ts, skipOnSide).
   */
  unreachable?: true;
  exchanges: ExchangeNote[];
  /** The sides of interpretation points its answers showed, `<point>=<side>` (harness/verdicts/interpretations.ts); absent in runs before them. */
  sides?: string[];
  durationMs: number;
}

/** Where and what was run; filled in by the runner (runner/run-metadata.ts). */
export interface RunMetadata {
  environment: string;
  baseUrl: string;
  /** Masked: reports leave the machine. */
  tenant: string;
  suiteVersion: string;
  commit: string;
  /** SHA-256 of openapi/m2p-prepaid-v2.json: which contract the run judged against. */
  contractHash: string;
  catalogueVersion: string;
  seed: string;
  startedAt: string;
  finishedAt: string;
  /** Set when the results come from `npm run rejudge`: a recording judged again, with no network (runner/rejudged-mark.ts). */
  rejudged?: RejudgedMark;
}

/** What marks results that `npm run rejudge` wrote: which suite recorded the run, which judged it again. */
export interface RejudgedMark {
  /** The suite that made the recording, and when. */
  recordedBy: { suiteVersion: string; commit: string; startedAt: string };
  /** The suite that judged it again. */
  judgedBy: { suiteVersion: string; commit: string };
  /** The recorded exchanges judged again. */
  exchanges: number;
  /** Findings on values the recording masks or cut: the live run's verdict on them stands. */
  notRejudgeable: number;
}

export interface RunResults extends RunMetadata {
  format: typeof RUN_RESULTS_FORMAT;
  /** The distinct defects the run found, first (runner/run-findings.ts); absent in runs before them. */
  findings?: RunFinding[];
  /** Response times per operation (runner/latency.ts); absent in runs before them. */
  latency?: Record<string, LatencySummary>;
  tests: RunTest[];
}

/** The run's tests, from its Playwright JSON report. */
export function runTestsFrom(report: PlaywrightJsonReport): RunTest[] {
  return reportedTests(report).map((t) => {
    const violations = annotated(t, 'violation');
    const setupViolations = annotated(t, 'setup-violation');
    const seenByTest = seenFindings(t);
    const seen = seenByTest.map((f) => f.id);
    const outcome = outcomeOf(t);
    const environmentError = hasAnnotation(t.annotations, 'environment-error');
    const blockedBy = outcome === 'failed' && !environmentError ? blockingFindings(t, seenByTest) : [];
    const onInference = blockedBy.length > 0 ? annotated(t, 'setup-on-inference') : [];
    const warnings = [...new Set(seenByTest.filter((f) => f.warning).map((f) => f.requirement))];
    // The fixture adds it only when nothing else failed the test (harness/fixtures.ts).
    const warningsOnly = hasAnnotation(t.annotations, 'warnings-only');
    return {
      title: t.title,
      file: t.file,
      ids: declaredIds(t.tags),
      outcome,
      ...(outcome === 'failed' && { failure: blockedBy.length > 0 ? ('blocked' as const) : warningsOnly ? ('warning' as const) : failureOf(violations, environmentError) }),
      violations,
      ...(setupViolations.length > 0 && { setupViolations }),
      ...(seen.length > 0 && { findings: seen }),
      ...(blockedBy.length > 0 && { blockedBy }),
      ...(onInference.length > 0 && { blockedOnInference: [...new Set(onInference)] }),
      ...(warnings.length > 0 && { warnings }),
      ...(hasAnnotation(t.annotations, 'known-deviation') && { excused: annotationsOf(t.annotations, 'known-deviation') }),
      // Playwright's own annotation of a skipped test: its reason.
      ...(outcome === 'skipped' && { skipReason: t.annotations.find((a) => a.type === 'skip')?.description ?? '' }),
      ...((hasAnnotation(t.annotations, 'matrix-unreachable') || hasAnnotation(t.annotations, 'not-applicable')) && { unreachable: true as const }),
      exchanges: annotationsOf(t.annotations, 'exchange'),
      sides: [...new Set(annotated(t, 'interpretation'))],
      durationMs: t.durationMs,
    };
  });
}

function outcomeOf(t: ReportedTest): Outcome {
  if (t.status === 'skipped') return 'skipped';
  const deviation = t.expectedStatus === 'failed';
  if (t.status === 'expected') return deviation ? 'known-deviation' : 'passed';
  return deviation ? 'deviation-passed' : 'failed';
}

/** The run's distinct defects, from the failed tests of its Playwright JSON report. */
export function runFindingsFrom(report: PlaywrightJsonReport): RunFinding[] {
  return runFindings(reportedTests(report).map((t) => ({ ...t, failed: outcomeOf(t) === 'failed' })));
}

/** An environment error outranks a violation: a contract cannot be judged on an answer that never came. */
export function failureOf(violations: string[], environmentError: boolean): FailureClass {
  if (environmentError) return 'environment-error';
  // The catalogue says which requirements are the contract's (their area), not their IDs' spelling.
  if (violations.some((id) => requirement(id).area === 'Contract')) return 'contract-violation';
  if (violations.length > 0) return 'business-rule-violation';
  return 'test-defect';
}

/** The test's annotations of a type whose payload is text. */
const annotated = (t: ReportedTest, type: AnnotationType & ('violation' | 'setup-violation' | 'setup-on-inference' | 'interpretation')) => annotationsOf(t.annotations, type);

/**
 * A test's name across runs: its IDs, then its title (harness/reporting/covers.ts, reportName). A run made while titles still
 * began with their IDs in brackets gets the same name, so the regression diff matches its tests to today's.
 */
export function testName(test: Pick<RunTest, 'ids' | 'title'>): string {
  return reportName(test.ids, test.title.replace(/^(\[[A-Z][A-Z0-9-]*-[0-9]{3}\] )+/, ''));
}

