/**
 * A test's own environment within a project. The proof (tests/suite/run-suite.ts, `runBatch`) proves many planted
 * faults in one Playwright run, each against a reference sandbox of its own; a project whose tests each go to a
 * different sandbox lets one worker serve many faults, where a project per fault paid a worker start per fault.
 * The project's `metadata` maps a test's title path to the URL of its environment; a test it does not name, and
 * every test of a user's run, goes to the project's.
 */
import type { TestInfo } from '@playwright/test';

/** The key of a Playwright project's `metadata` that holds {@link TestRoutes}. */
export const TEST_ROUTES = 'testRoutes';

/** Base URL by a test's key: its title path from the file on (Playwright's `testInfo.titlePath`), joined by ' › '. */
export type TestRoutes = Record<string, string>;

/** The key of a test in {@link TestRoutes}. */
export const routeKey = (titlePath: readonly string[]) => titlePath.join(' › ');

/** The environment URL the project names for this test, if it names one. */
export function routedUrl(testInfo: Pick<TestInfo, 'project' | 'titlePath'>): string | undefined {
  const routes = testInfo.project.metadata?.[TEST_ROUTES] as TestRoutes | undefined;
  return routes?.[routeKey(testInfo.titlePath)];
}
