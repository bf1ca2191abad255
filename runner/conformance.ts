/**
 * `npm run conformance [-- <playwright args>]`: runs the suite against the chosen environment (the embedded
 * reference sandbox when none is chosen), then writes the Allure HTML report, whatever the outcome.
 * Exits with Playwright's code, so CI gates on the suite, not on the report.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadTarget } from '../harness/env';
import { generateAllureReport } from './allure-report';

// A refused target (bad .env, production without consent) must not cost the last run's results.
try {
  loadTarget();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`conformance: ${error.message}`);
  process.exit(2);
}

const reportsDir = process.env.REPORTS_DIR ?? 'reports';
const resultsDir = join(reportsDir, 'allure-results');
// Results of an earlier run would be merged into this report as if they were new.
rmSync(resultsDir, { recursive: true, force: true });

const suite = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
// Status 2 is our own one-line refusal (bad .env, unreachable host): there is nothing to report.
if (suite.status === 2 || suite.status === null) process.exit(suite.status ?? 1);

try {
  const index = generateAllureReport(resultsDir, join(reportsDir, 'allure-report'));
  console.log(`Allure report: ${index}\nJUnit: ${join(reportsDir, 'junit.xml')}`);
} catch (error) {
  console.error(`conformance: ${(error as Error).message}`);
  process.exit(suite.status || 1);
}
process.exit(suite.status);
