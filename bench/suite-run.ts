/** One run of the conformance suite in a child process, timed, as the benchmark needs it. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotationsOf } from '../harness/reporting/annotations';
import { localBin } from '../runner/local-bin';

export interface TimedRun {
  seconds: number;
  tests: number;
  failed: number;
  skipped: number;
  /** Exchanges the tests recorded (requests made outside any test, such as a worker's token, are not counted). */
  exchanges: number;
}

interface Report {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  suites: Suite[];
}
interface Suite {
  suites?: Suite[];
  specs?: { tests: { results: { annotations?: { type: string }[] }[] }[] }[];
}

/** Runs the suite against `baseUrl` (a target outside the suite: the reference credentials, no webServer). */
export async function timedSuiteRun(baseUrl: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<TimedRun> {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-bench-'));
  const started = performance.now();
  // The configuration's reporters (Allure, JUnit, JSON), as `npm run conformance` runs them; CI's terse console.
  const child = spawn(localBin('playwright'), ['test', ...args], {
    // The JSON report's path also for a run given `--reporter=json`, which replaces the configuration's reporters.
    env: { ...process.env, CI: '1', CONFORMANCE_ENV: '', BASE_URL: baseUrl, REPORTS_DIR: dir, PLAYWRIGHT_JSON_OUTPUT_NAME: join(dir, 'results.json'), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await new Promise((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  const report = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Report;
  rmSync(dir, { recursive: true, force: true });
  const { expected, unexpected, skipped, flaky } = report.stats;
  return { seconds, tests: expected + unexpected + skipped + flaky, failed: unexpected, skipped, exchanges: countExchanges(report.suites) };
}

function countExchanges(suites: readonly Suite[]): number {
  return suites.reduce(
    (n, suite) =>
      n +
      countExchanges(suite.suites ?? []) +
      // From the runs alone: Playwright repeats a run's annotations on the test.
      (suite.specs ?? []).flatMap((spec) => spec.tests).flatMap((t) => annotationsOf(t.results.flatMap((r) => r.annotations ?? []), 'exchange')).length,
    0,
  );
}
