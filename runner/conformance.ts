/**
 * `npm run conformance [-- <playwright args>]`: runs the suite against the chosen environment (the embedded
 * reference sandbox when none is chosen), then writes the Allure HTML report and, when the run stepped through
 * status-transition matrices, the matrices the environment showed and their diff against the expected ones.
 * `--discover-matrices` runs only the matrices and also exits non-zero when a cell disagrees with its expectation.
 * Otherwise exits with Playwright's code, so CI gates on the suite, not on the report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadMatrices } from '../harness/matrices';
import { generateAllureReport } from './allure-report';
import { observationsFrom, writeMatrixReports } from './matrix-discovery';
import { preflight } from './preflight';

// A refused target (bad .env, production without consent) or a broken data file must not cost the last run's results.
const { target, problems } = preflight();
if (problems.length > 0 || !target) {
  for (const line of problems) console.error(`conformance: ${line}`);
  process.exit(2);
}

const DISCOVER = '--discover-matrices';
const discover = process.argv.includes(DISCOVER);
const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== DISCOVER);
// The matrix specs are the files named *.transitions.spec.ts (Playwright takes a file argument as a pattern).
if (discover) playwrightArgs.push('transitions.spec.ts');

const reportsDir = process.env.REPORTS_DIR ?? 'reports';
const resultsDir = join(reportsDir, 'allure-results');
const matricesDir = join(reportsDir, 'matrices');
// Results of an earlier run would be merged into this report as if they were new.
rmSync(resultsDir, { recursive: true, force: true });
rmSync(matricesDir, { recursive: true, force: true });

const suite = spawnSync('npx', ['playwright', 'test', ...playwrightArgs], { stdio: 'inherit' });
// Status 2 is our own one-line refusal (bad .env, unreachable host): there is nothing to report.
if (suite.status === 2 || suite.status === null) process.exit(suite.status ?? 1);

// The matrix reports come from the JSON report alone, so a failing Allure step cannot cost them.
let disagreements = 0;
const resultsJson = join(reportsDir, 'results.json');
const observations = existsSync(resultsJson) ? observationsFrom(JSON.parse(readFileSync(resultsJson, 'utf8'))) : [];
if (observations.length > 0) {
  disagreements = writeMatrixReports(matricesDir, loadMatrices(), observations, { environment: target.environment, baseUrl: target.baseUrl });
  console.log(`Matrices: ${join(matricesDir, 'diff.md')} (${disagreements} cell${disagreements === 1 ? '' : 's'} differ from fixtures/matrices/)`);
}
try {
  const index = generateAllureReport(resultsDir, join(reportsDir, 'allure-report'));
  console.log(`Allure report: ${index}\nJUnit: ${join(reportsDir, 'junit.xml')}`);
} catch (error) {
  console.error(`conformance: ${(error as Error).message}`);
  process.exit(suite.status || 1);
}
// Discovery fails on any disagreement, even one a known deviation excuses: its job is to show what the environment does.
process.exit(discover && disagreements > 0 ? 1 : suite.status);
