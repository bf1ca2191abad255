/**
 * The distinct defects of a run (`findings` in run-results.json): every failing test's findings grouped by defect ID
 * (harness/reporting/findings.ts), so one broken answer seen by three hundred tests is one line, with how many tests it failed,
 * how many it blocked (a set-up step saw it, the test's own rule was not judged), the first test that saw it and a
 * masked curl line that replays it. Coverage, certification, the Allure categories and the regression diff list these
 * first.
 */
import { annotationsOf, hasAnnotation } from '../harness/reporting/annotations';
import type { SeenFinding } from '../harness/reporting/findings';
import type { ReportedTest } from './playwright-report';

export interface RunFinding extends Omit<SeenFinding, 'setup' | 'curl'> {
  /** Failed tests that saw it (for a warning, any test). */
  tests: number;
  /** Of those, the tests it blocked: only a set-up step of theirs saw a finding. */
  blocked: number;
  /** The title of the first test (in report order) that saw it. */
  firstTest: string;
  /** A masked curl line replaying the exchange it was first seen on (or read from); absent when the test had made none. */
  curl?: string;
}

/** What a test saw, parsed from its `finding` annotations (each once). */
export function seenFindings(test: Pick<ReportedTest, 'annotations'>): SeenFinding[] {
  const seen = new Map<string, SeenFinding>();
  for (const finding of annotationsOf(test.annotations, 'finding')) {
    // A defect seen by the test itself outranks the same defect seen by one of its set-up steps.
    if (!seen.has(finding.id) || !finding.setup) seen.set(finding.id, finding);
  }
  return [...seen.values()];
}

/**
 * The IDs of the findings that blocked a failed test: all it saw, when every one came from a set-up step. Warnings stop
 * no test (harness/verdicts/warnings.ts), so they count only for a test a set-up step stopped (its `setup-stopped` annotation,
 * harness/verdicts/verify.ts): then the step missed what the test needs, on a warning's rule.
 */
export function blockingFindings(test: Pick<ReportedTest, 'annotations'>, seen: readonly SeenFinding[] = seenFindings(test)): string[] {
  const stoppedBySetup = hasAnnotation(test.annotations, 'setup-stopped');
  const stopping = stoppedBySetup ? seen : seen.filter((f) => !f.warning);
  return stopping.length > 0 && stopping.every((f) => f.setup) ? stopping.map((f) => f.id) : [];
}

/**
 * The run's defects, most tests first: what its failed tests saw, and the warnings of any test (a test that saw only a
 * set-up step's warning passes, and the warning is still a finding). Known deviations are listed apart, with their reasons.
 */
export function runFindings(tests: readonly (Pick<ReportedTest, 'title' | 'annotations'> & { failed: boolean })[]): RunFinding[] {
  const byId = new Map<string, RunFinding>();
  for (const test of tests) {
    const seen = seenFindings(test).filter((f) => test.failed || f.warning);
    if (seen.length === 0) continue;
    const blocking = new Set(test.failed ? blockingFindings(test, seen) : []);
    for (const { setup: _, curl, ...finding } of seen) {
      const known = byId.get(finding.id) ?? { ...finding, tests: 0, blocked: 0, firstTest: test.title, ...(curl && { curl }) };
      known.tests += 1;
      if (blocking.has(finding.id)) known.blocked += 1;
      byId.set(finding.id, known);
    }
  }
  return [...byId.values()].sort((a, b) => b.tests - a.tests || a.id.localeCompare(b.id));
}

/** One line naming a defect: `F-1a2b3c4d CONTRACT-SCHEMA-001 createCustomer 200 /result must have required property 'status'`. */
export function findingLine(finding: Pick<RunFinding, 'id' | 'requirement' | 'operation' | 'status' | 'where' | 'check'>): string {
  return [finding.id, finding.requirement, finding.operation, finding.status, finding.where || finding.check].filter((part) => part !== undefined && part !== '').join(' ');
}

/**
 * What a finding says beside its line: a warning (it cannot block certification, harness/verdicts/warnings.ts), how many tests
 * saw it and it blocked, the first of them.
 */
export function findingReach(finding: RunFinding): string {
  const blocked = finding.blocked > 0 ? `, ${finding.blocked} of them blocked` : '';
  const warning = finding.warning ? 'warning (an inferred or SHOULD rule: does not block certification); ' : '';
  return `${warning}${finding.tests} test(s)${blocked}; first seen by "${finding.firstTest}"`;
}

/** The findings as a Markdown list, each with its message and its curl reproduction; "None." for none. */
export function findingsMarkdown(findings: readonly RunFinding[]): string[] {
  if (findings.length === 0) return ['None.'];
  return findings.flatMap((f) => [
    `- **${findingLine(f)}**: ${findingReach(f)}`,
    `  - ${f.check}: ${f.message}`,
    ...(f.curl ? ['  - reproduce:', '', '    ```sh', `    ${f.curl}`, '    ```', ''] : []),
  ]);
}
