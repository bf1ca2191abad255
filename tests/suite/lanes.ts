/**
 * Lanes: the projects of a batched run (run-suite.ts, `runBatch`) that serve many entries at once. An entry is a
 * sandbox (a planted fault, a reading) and the tests to run against it; a lane holds at most one run of each test, and
 * sends each of its tests to its entry's sandbox (harness/environment/test-routes.ts). A test that k entries select
 * runs in k lanes, so a batch needs as many lanes as the most-selected test has entries: 17 for the planted faults,
 * where a project per fault started a worker for each of 113 (about three seconds of CPU each, profiled).
 */
import { routeKey } from '../../harness/environment/test-routes';

/** A test as a lane names it: its file (relative to the test directory) and the titles of its describe blocks and its own. */
export interface LanedTest {
  file: string;
  titlePath: readonly string[];
}

/** One lane: which entry each of its tests runs for, by the test's route key. */
export interface Lane<Test extends LanedTest> {
  /** The entry (its index in the batch) of each test, by {@link testRouteKey}. */
  entryOf: Map<string, number>;
  tests: Test[];
}

/** A test's key in a lane: its title path from the file on, as the worker's `testInfo.titlePath` gives it. */
export const testRouteKey = (test: LanedTest) => routeKey([test.file, ...test.titlePath]);

/** Packs the entries' tests into lanes: each test into the first lane that does not hold it yet. */
export function planLanes<Test extends LanedTest>(selections: readonly (readonly Test[])[]): Lane<Test>[] {
  const lanes: Lane<Test>[] = [];
  const lanesHolding = new Map<string, number>();
  selections.forEach((tests, entry) => {
    for (const test of tests) {
      const key = testRouteKey(test);
      const index = lanesHolding.get(key) ?? 0;
      lanesHolding.set(key, index + 1);
      lanes[index] ??= { entryOf: new Map(), tests: [] };
      lanes[index].entryOf.set(key, entry);
      lanes[index].tests.push(test);
    }
  });
  return lanes;
}
