/**
 * The run-results a re-judged recording gives (runner/rejudge-run.ts): the live run's, with each test's new findings
 * added, and the reports built from them as from a live run's (coverage, findings, certification), marked with who
 * recorded and who judged. A test that passed live and breaks a requirement now fails, as it would have live; what the
 * recording cannot judge again (values read back, masked or cut values) keeps its live verdict.
 */
import { markOf, type RejudgedRun, testKey } from './rejudge-run';
import type { RunFinding } from './run-findings';
import { failureOf, type RunResults, type RunTest, testName } from './run-results';

const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])];

/** The live results with the re-judged findings, under the judging suite's facts and the mark. */
export function rejudgedResults(live: RunResults, rejudged: RejudgedRun, judging: Pick<RunResults, 'suiteVersion' | 'commit' | 'contractHash' | 'catalogueVersion'>): RunResults {
  const again = new Map(rejudged.tests.filter((t) => t.added.length > 0).map((t) => [testKey(t.file, t.name), t]));
  const findings = new Map((live.findings ?? []).map((f) => [f.id, { ...f }]));
  const tests = live.tests.map((test): RunTest => {
    const judged = again.get(testKey(test.file, testName(test)));
    if (!judged) return test;
    // What stops a test, as a live run decides it (runner/run-findings.ts, blockingFindings): its own steps' findings
    // that are not warnings; a set-up step's only when the test's own steps saw none.
    const stopping = judged.findings.filter((f) => !f.warning);
    const blockedBy = stopping.length > 0 && stopping.every((f) => f.setup) ? stopping.map((f) => f.id) : [];
    for (const { setup: _, ...seen } of judged.findings) {
      const known: RunFinding = findings.get(seen.id) ?? { ...seen, tests: 0, blocked: 0, firstTest: testName(test) };
      known.tests += 1;
      if (blockedBy.includes(seen.id)) known.blocked += 1;
      findings.set(seen.id, known);
    }
    const requirementsOf = (setup: boolean) => judged.findings.filter((f) => f.setup === setup).map((f) => f.requirement);
    const violations = union(test.violations, requirementsOf(false));
    const setupViolations = union(test.setupViolations, requirementsOf(true)).filter((id) => !violations.includes(id));
    const warnings = union(test.warnings, judged.findings.filter((f) => f.warning).map((f) => f.requirement));
    // A test that passed, or failed on warnings alone, now fails as its worst finding says; any other keeps its outcome.
    const refailed = test.outcome === 'passed' || test.failure === 'warning';
    const failure = blockedBy.length > 0 ? 'blocked' : stopping.length === 0 ? 'warning' : failureOf(violations, false);
    return {
      ...test,
      ...(refailed && { outcome: 'failed' as const, failure, ...(blockedBy.length > 0 && { blockedBy }) }),
      violations,
      ...(setupViolations.length > 0 && { setupViolations }),
      ...(warnings.length > 0 && { warnings }),
      findings: union(test.findings, judged.findings.map((f) => f.id)),
    };
  });
  return {
    ...live,
    ...judging,
    rejudged: markOf(rejudged, judging),
    findings: [...findings.values()].sort((a, b) => b.tests - a.tests || a.id.localeCompare(b.id)),
    tests,
  };
}
