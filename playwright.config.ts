import { defineConfig } from '@playwright/test';
import { loadTarget } from './harness/env';
import { allureCategories } from './runner/allure-categories';
import { preflight } from './runner/preflight';

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

export default defineConfig({
  testDir: './specs',
  globalSetup: './runner/global-setup.ts',
  fullyParallel: true,
  // Conformance is strict: a flaky result is information, never retried away.
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Two cores here and in CI; more workers than cores only adds contention.
  workers: Number(process.env.WORKERS ?? 2),
  timeout: 30_000,
  reporter: [
    [process.env.CI ? 'dot' : 'list'],
    ['junit', { outputFile: `${reportsDir}/junit.xml` }],
    ['json', { outputFile: `${reportsDir}/results.json` }],
    [
      'allure-playwright',
      {
        resultsDir: `${reportsDir}/allure-results`,
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
    ],
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
