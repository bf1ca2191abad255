/**
 * A recorded run judged again (runner/rejudge-exchange.ts on every line of its exchanges.jsonl) beside its live
 * verdict (its run-results.json): per test, the requirements the current checks find broken in its exchanges, and
 * whether any is one the live run did not report. The live run's other violations stand as they were: rules a test
 * checks on values it read back (expectRule) and values the recording masks are not in the exchanges to judge again.
 */
import { toCurl } from '../harness/reporting/curl';
import type { RecordedExchange } from '../harness/reporting/exchange-recording';
import { defectId, ENVIRONMENT, type SeenFinding } from '../harness/reporting/findings';
import { maskText } from '../harness/reporting/mask';
import { type JudgeOptions, keyOf } from '../harness/verdicts/judge';
import { isWarning } from '../harness/verdicts/warnings';
import { exchangeOf, rejudgeExchange } from './rejudge-exchange';
import { rejudgedLine } from './rejudged-mark';
import { type RejudgedMark, type RunMetadata, type RunResults, testName } from './run-results';

/** One test of the recording, judged again. */
export interface RejudgedTest {
  /** As the reports name it (runner/run-results.ts, testName). */
  name: string;
  file: string;
  /** What its exchanges break by the current checks, sorted. */
  violations: string[];
  /** Those the live run did not report for the test: what the current suite finds that the suite of the recording did not. */
  added: string[];
  /** The defects behind `added`, as a live run records what a test saw: each once, `setup` when only set-up steps saw it. */
  findings: SeenFinding[];
  /** Findings on values the recording does not hold (masked or cut), whose live verdict stands. */
  notRejudgeable: number;
}

export interface RejudgedRun {
  /** The recording's run: which suite made it, against what. */
  recordedBy: Pick<RunMetadata, 'suiteVersion' | 'commit' | 'environment' | 'startedAt'>;
  exchanges: number;
  tests: RejudgedTest[];
  /** True when no test has a violation the live run did not report. */
  sameVerdict: boolean;
}

/** A test's key in the recording and the live results: its file, then its own title (the recording's title path ends with it) or, among re-judged tests, its name. */
export const testKey = (file: string, title: string) => `${file} › ${title}`;

/** Judges every recorded exchange again and sets each test beside its live result. */
export function rejudgeRun(lines: readonly RecordedExchange[], live: RunResults, options: JudgeOptions = {}): RejudgedRun {
  const byTest = new Map<string, { file: string; title: string; seen: Map<string, SeenFinding>; notRejudgeable: number }>();
  for (const line of lines) {
    const [file, ...titles] = line.test.titlePath;
    const title = titles.at(-1) ?? '';
    const key = testKey(file, title);
    const test = byTest.get(key) ?? { file, title, seen: new Map<string, SeenFinding>(), notRejudgeable: 0 };
    const exchange = exchangeOf(line);
    const { findings, notRejudgeable } = rejudgeExchange(line, options, exchange);
    const setup = setUpOnly(line);
    // One curl line per exchange, made only when it has a finding to replay.
    let curl: string | undefined;
    for (const f of findings) {
      if (f.kind === 'environment' || f.requirement === ENVIRONMENT) continue;
      const defect = keyOf(f, exchange);
      const id = defectId(defect);
      // A defect the test's own step saw outranks the same defect seen by a set-up step, as in a live run.
      if (test.seen.has(id) && (setup || !test.seen.get(id)!.setup)) continue;
      test.seen.set(id, { id, ...defect, requirement: f.requirement, kind: f.kind, message: maskText(f.message), setup, ...(isWarning(f.requirement) && { warning: true as const }), curl: (curl ??= toCurl(exchange)) });
    }
    test.notRejudgeable += notRejudgeable.length;
    byTest.set(key, test);
  }
  const liveTests = new Map(live.tests.map((t) => [testKey(t.file, t.title), t]));
  const tests = [...byTest].map(([key, { file, title, seen, notRejudgeable }]): RejudgedTest => {
    const liveTest = liveTests.get(key);
    // What the live run reported, a known deviation it excused included: the recording keeps no profile to excuse it again.
    const excused = (liveTest?.excused ?? []).map((excuse) => excuse.requirement);
    const reported = new Set([...(liveTest?.violations ?? []), ...(liveTest?.setupViolations ?? []), ...(liveTest?.warnings ?? []), ...excused]);
    const violations = [...new Set([...seen.values()].map((f) => f.requirement))].sort();
    const added = violations.filter((id) => !reported.has(id));
    const findings = [...seen.values()].filter((f) => added.includes(f.requirement));
    return { name: liveTest ? testName(liveTest) : testKey(file, title), file, violations, added, findings, notRejudgeable };
  });
  const { suiteVersion, commit, environment, startedAt } = live;
  return { recordedBy: { suiteVersion, commit, environment, startedAt }, exchanges: lines.length, tests, sameVerdict: tests.every((t) => t.added.length === 0) };
}

/**
 * True when every verify of the exchange was a set-up step of a subject the test does not declare (harness/verdicts/verify.ts,
 * isSetup): its findings then block the test rather than break its own rule. An exchange no verify judged was judged
 * at the test's end, as the test's own.
 */
function setUpOnly(line: RecordedExchange): boolean {
  const subjects = (line.verified ?? []).map((v) => (v.step as { setupOf?: unknown } | undefined)?.setupOf);
  return subjects.length > 0 && subjects.every((subject) => typeof subject === 'string' && !line.test.ids.includes(subject));
}

/** What marks every report of the re-judged run: who recorded it, who judged it again, how much of it could be. */
export function markOf(run: RejudgedRun, judgedBy: Pick<RunMetadata, 'suiteVersion' | 'commit'>): RejudgedMark {
  const { suiteVersion, commit, startedAt } = run.recordedBy;
  return {
    recordedBy: { suiteVersion, commit, startedAt },
    judgedBy: { suiteVersion: judgedBy.suiteVersion, commit: judgedBy.commit },
    exchanges: run.exchanges,
    notRejudgeable: run.tests.reduce((sum, t) => sum + t.notRejudgeable, 0),
  };
}

/** rejudged.md: what a person reads first, then each test whose verdict the current checks change. */
export function rejudgedMarkdown(run: RejudgedRun, judgedBy: Pick<RunMetadata, 'suiteVersion' | 'commit'>): string {
  const changed = run.tests.filter((t) => t.added.length > 0);
  return [
    '# Re-judged run',
    '',
    rejudgedLine(markOf(run, judgedBy)),
    '',
    `**${run.sameVerdict ? 'The same verdict' : 'A different verdict'}:** ${run.tests.length} tests of ${run.recordedBy.environment} judged again; ${changed.length} break requirements the live run did not report.`,
    '',
    ...(changed.length > 0 ? ['## Tests the current checks fail', '', ...changed.map((t) => `- ${t.name} (${t.file}): ${t.added.join(', ')}`)] : []),
  ].join('\n');
}
