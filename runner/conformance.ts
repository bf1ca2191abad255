/**
 * `npm run conformance [-- <playwright args>]`: runs the suite against the chosen environment (the embedded
 * reference sandbox when none is chosen), then writes the Allure HTML report and, when the run stepped through
 * status-transition matrices, the matrices the environment showed and their diff against the expected ones.
 * `--discover-matrices` runs only the matrices and also exits non-zero when a cell disagrees with its expectation.
 * Every run also writes reports/run-results.json; `--baseline <run-results.json or reports folder>` compares the
 * run with an earlier one (reports/regression.md) and exits non-zero when a test fails that did not before.
 * `--certify` (`npm run certify`) also writes the certification bundle, reports/certification/, and exits non-zero
 * unless the environment is CERTIFIED.
 * Otherwise exits with Playwright's code, so CI gates on the suite, not on the report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadMatrices } from '../harness/matrices';
import { generateAllureReport } from './allure-report';
import { observationsFrom, writeMatrixReports } from './matrix-discovery';
import { preflight } from './preflight';
import { readRunResults } from './regression';
import { type RunReportOutcome, writeRunReports } from './run-reports';

// A refused target (bad .env, production without consent) or a broken data file must not cost the last run's results.
const { target, problems } = preflight();
if (problems.length > 0 || !target) {
  for (const line of problems) console.error(`conformance: ${line}`);
  process.exit(2);
}

const DISCOVER = '--discover-matrices';
const CERTIFY = process.argv.includes('--certify');
const discover = process.argv.includes(DISCOVER);
const { baseline, rest } = baselineArgument(process.argv.slice(2));
const playwrightArgs = rest.filter((arg) => arg !== DISCOVER && arg !== '--certify');
// A baseline that cannot be read is refused now, not after a run of the whole suite.
if (baseline) {
  try {
    readRunResults(baseline);
  } catch (error) {
    console.error(`conformance: --baseline ${(error as Error).message}`);
    process.exit(2);
  }
}
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
// The reports every later job reads (coverage, regression, certification), also from the JSON report alone.
let outcome: RunReportOutcome = { newFailures: 0 };
if (existsSync(resultsJson)) {
  outcome = writeRunReports(JSON.parse(readFileSync(resultsJson, 'utf8')), target, reportsDir, { baseline, certify: CERTIFY });
}
try {
  const index = generateAllureReport(resultsDir, join(reportsDir, 'allure-report'));
  console.log(`Allure report: ${index}\nJUnit: ${join(reportsDir, 'junit.xml')}`);
} catch (error) {
  console.error(`conformance: ${(error as Error).message}`);
  process.exit(suite.status || 1);
}
// Discovery fails on any disagreement, even one a known deviation excuses: its job is to show what the environment does.
// A regression check fails on a new failure, even when the run itself is excused by known deviations.
const disagreed = discover && disagreements > 0;
const notCertified = outcome.certified === false;
process.exit(suite.status || (disagreed || outcome.newFailures > 0 || notCertified ? 1 : 0));

/** `--baseline <path>` (or `--baseline=<path>`) taken out of the arguments that go to Playwright. */
function baselineArgument(args: string[]): { baseline?: string; rest: string[] } {
  const at = args.findIndex((arg) => arg === '--baseline' || arg.startsWith('--baseline='));
  if (at < 0) return { rest: args };
  const inline = args[at].startsWith('--baseline=') ? args[at].slice('--baseline='.length) : undefined;
  const baseline = inline ?? args[at + 1];
  if (!baseline) {
    console.error('conformance: --baseline needs a path: a run-results.json or a reports folder holding one');
    process.exit(2);
  }
  return { baseline, rest: args.filter((_, i) => i !== at && (inline !== undefined || i !== at + 1)) };
}
