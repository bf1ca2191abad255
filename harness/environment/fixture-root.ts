/**
 * The test type the suite's fixtures extend: Playwright's root test type, with none of its browser fixtures. Playwright's
 * `test` sets up and tears down about thirty browser options (viewport, locale, geolocation…) and its trace and context
 * hooks for every test, even one that uses none of them, each as a step with a captured, source-mapped stack: a CPU
 * profile of a whole run on one worker put them at nearly half of the worker's CPU time (23.5 s with them, 12.5 s
 * without; the run took 33 s and 22 s).
 * An API suite uses none of them; its one Playwright object, the API request context, comes from `request`
 * (harness/fixtures.ts).
 *
 * `_baseTest` is exported and typed by @playwright/test, but its underscore says Playwright may change it: should a
 * version drop it, the suite falls back to `test` and only gets slower (tests/harness/fixture-root.test.ts says so).
 */
import * as playwrightTest from '@playwright/test';
import type { TestType } from '@playwright/test';

export const fixtureRoot: TestType<{}, {}> = (playwrightTest._baseTest as TestType<{}, {}> | undefined) ?? (playwrightTest.test as unknown as TestType<{}, {}>);
