import { defineConfig } from '@playwright/test';
import { loadTarget } from './harness/environment/env';
import { EXPLORATION_SPECS, EXPLORE_VARIABLE } from './harness/exploration/settings';
import { allureCategories } from './runner/allure-categories';
import { preflight } from './runner/preflight';
import { RUN_FILES } from './runner/staged-run';

/**
 * The target, the data files and the known deviations are checked before any spec is even loaded (specs expand
 * the matrices when loaded): each fault stops the run with one line. With no environment chosen, the embedded
 * reference sandbox is started and tested.
 */
function targetOrExit() {
  // Every worker loads this file too, once more after each failed test: the checks ran in the main process already.
  if (process.env.TEST_WORKER_INDEX !== undefined) return loadTarget();
  const { target, problems } = preflight();
  if (problems.length > 0 || !target) {
    for (const line of problems) console.error(`conformance: ${line}`);
    process.exit(2);
  }
  return target;
}

const target = targetOrExit();
const reportsDir = process.env.REPORTS_DIR ?? 'reports';
// Set by runner/conformance.ts for `--shard=i/n` ("1-of-2"): the shard writes a blob report for `npm run merge-shards`
// and Allure results of its own (allure-playwright cannot run inside merge-reports), each in a folder of its own, as
// the blob reporter empties its folder first.
const shard = process.env.CONFORMANCE_SHARD;
const KEPT_WORKER_FAILURES = './runner/kept-worker-failures.ts';
// After the kept-worker reporter, which turns a kept worker's failure back into the failure it is.
const CIRCUIT_BREAKER = './runner/circuit-breaker.ts';

const allure = (resultsDir: string) =>
  [
    'allure-playwright',
    {
      resultsDir,
      detail: false,
      suiteTitle: false,
      environmentInfo: {
        environment: target.environment,
        base_url: target.baseUrl,
        seed: target.seed,
        node: process.version,
      },
      categories: allureCategories,
    },
  ] as const;

export default defineConfig({
  testDir: './specs',
  // The exploration runs alone, by npm run explore (runner/explore.ts), with a budget of its own.
  testIgnore: process.env[EXPLORE_VARIABLE] === '1' ? undefined : `**/${EXPLORATION_SPECS}/**`,
  globalSetup: './runner/global-setup.ts',
  fullyParallel: true,
  // Conformance is strict: a flaky result is information, never retried away.
  retries: 0,
  forbidOnly: !!process.env.CI,
  // WORKERS, else 2 against the embedded sandbox and 8 against a remote environment (harness/environment/env.ts).
  workers: target.workers,
  timeout: 30_000,
  // First, before every other reporter: a failed test keeps its worker and is still reported failed (see the file).
  // Listing tests runs none, so it writes no report: the last run's stay as they were.
  reporter: process.argv.includes('--list')
    ? [['list']]
    : shard
    ? [[KEPT_WORKER_FAILURES], [CIRCUIT_BREAKER], ['dot'], ['blob', { outputDir: `${reportsDir}/blob-report-${shard}`, fileName: `report-${shard}.zip` }], allure(`${reportsDir}/allure-results-${shard}`)]
    : [
        [KEPT_WORKER_FAILURES],
        [CIRCUIT_BREAKER],
        [process.env.CI ? 'dot' : 'list'],
        ['junit', { outputFile: `${reportsDir}/${RUN_FILES.junit}` }],
        ['json', { outputFile: `${reportsDir}/${RUN_FILES.json}` }],
        allure(`${reportsDir}/${RUN_FILES.allureResults}`),
      ],
  use: {
    baseURL: target.baseUrl,
    // No browser: API tests only. Traces would copy tokens and personal data into reports.
    trace: 'off',
  },
  webServer: target.isReferenceSandbox
    ? {
        command: `node --import tsx sandbox/main.ts --port ${new URL(target.baseUrl).port}`,
        url: `${target.baseUrl}/health`,
        reuseExistingServer: false,
        timeout: 30_000,
        stdout: 'ignore',
        stderr: 'pipe',
        // SANDBOX_FAULTS passes through the environment to plant faults.
      }
    : undefined,
});
