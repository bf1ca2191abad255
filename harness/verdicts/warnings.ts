/**
 * Which findings stop a test, and which are warnings. A finding of a requirement that cannot block certification (a
 * SHOULD or MAY; a MUST whose provenance is `inferred` and that the environment's profile does not confirm, see
 * INTERPRETING.md) is a **warning**: it is recorded like any finding, but the test goes on, so the documented rules it
 * also checks are still judged, and a set-up step that sees one does not block the test. A test whose own steps saw
 * warnings, and nothing worse, fails when it ends with a message that starts {@link WARNINGS_ONLY_MESSAGE} and the
 * annotation `warnings-only` (harness/reporting/annotations.ts), which run-results reads (failure `warning`): its other requirements count as judged.
 */
import type { TestInfo } from '@playwright/test';
import type { Finding } from '../reporting/findings';
import { requirement } from '../reporting/requirements';

/** The message's first line: what a reader sees first in a report. */
export const WARNINGS_ONLY_MESSAGE = 'WARNINGS ONLY: every rule this test broke is an inferred or SHOULD rule, so no documented MUST was found broken:';

let confirmed: ReadonlySet<string> = new Set();

/** The inferred requirements the environment's profile confirms (`confirms`): they block like documented ones. */
export function useConfirms(ids: readonly string[]): void {
  confirmed = new Set(ids);
}

/** True when a broken requirement is a warning, not a stop: SHOULD, MAY, or an inferred MUST the profile does not confirm. */
export function isWarning(requirementId: string, confirms: ReadonlySet<string> = confirmed): boolean {
  const { level, provenance } = requirement(requirementId);
  return level !== 'MUST' || (provenance === 'inferred' && !confirms.has(requirementId));
}

/** True when every finding is a warning (an environment finding never is: the answer never came). */
export function onlyWarnings(findings: readonly Finding[], confirms?: ReadonlySet<string>): boolean {
  return findings.length > 0 && findings.every((f) => f.kind !== 'environment' && isWarning(f.requirement, confirms));
}

const deferred = new WeakMap<TestInfo, string[]>();

/** Keeps the failure message of warnings a test's own step saw, for the end of the test. */
export function deferWarnings(info: TestInfo, message: string): void {
  deferred.set(info, [...(deferred.get(info) ?? []), message]);
}

/** The messages {@link deferWarnings} kept for the test, and forgets them. */
export function takeDeferredWarnings(info: TestInfo): string[] {
  const messages = deferred.get(info) ?? [];
  deferred.delete(info);
  return messages;
}
