/**
 * How Allure sorts results: a known deviation of the environment apart (its tests pass as expected failures, tagged
 * by harness/reporting/allure-labels.ts), then failures: an environment that could not answer, a contract violation, a
 * business-rule violation, and last whatever names no requirement (a defect of the suite). The messages are written
 * by harness/verdicts/verify.ts (environment errors say "ENVIRONMENT ERROR:", each finding starts with its requirement ID in
 * brackets). The rules live in allure-categories.json, which allurerc.mjs (the Allure 3 report) reads too.
 */
import categories from './allure-categories.json' with { type: 'json' };
import { findingLine, type RunFinding } from './run-findings';

export const allureCategories = categories;

/**
 * One category per distinct defect of the run, before the general ones, named with the tests it failed and blocked:
 * every failure message carries the IDs of its findings (`{F-1a2b3c4d}`, harness/verdicts/judge.ts), so a test lands in the
 * category of the first of its defects that the run saw most often. allurerc.mjs reads them from the file that
 * ALLURE_FINDING_CATEGORIES names (runner/allure-report.ts writes it).
 */
export function findingCategories(findings: readonly RunFinding[]): { name: string; messageRegex: string; matchedStatuses: string[] }[] {
  return findings.map((f) => ({
    name: `Finding ${findingLine(f)} (${f.tests} test(s)${f.blocked ? `, ${f.blocked} blocked` : ''})`,
    messageRegex: `[\\s\\S]*\\{${f.id}\\}[\\s\\S]*`,
    matchedStatuses: ['failed', 'broken'],
  }));
}
