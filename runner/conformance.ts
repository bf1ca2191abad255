/**
 * `npm run conformance [-- <playwright args>]`: runs the suite against the chosen environment (the embedded
 * reference sandbox when none is chosen), then writes the Allure HTML report and, when the run stepped through
 * status-transition matrices, the matrices the environment showed and their diff against the expected ones.
 * `--discover-matrices` runs only the matrices (transitions and effects) and also exits non-zero when a cell disagrees
 * with its expectation.
 * Every run also writes reports/run-results.json; `--baseline <run-results.json or reports folder>` compares the
 * run with an earlier one (reports/regression.md) and exits non-zero when a test fails that did not before, or, with
 * `--latency-gate`, when an operation got slower (runner/latency.ts); a slowdown alone is reported, never a failure.
 * `--shard=i/n` runs one shard of a run split across machines (see runner/merge-shards.ts).
 * `--certify` (`npm run certify`) also writes the certification bundle, reports/certification/, and exits non-zero
 * unless the environment is CERTIFIED; `--sign-key <file>` (or SIGNING_KEY) signs it (runner/attestation.ts).
 * `--explore [--explore-runs N] [--explore-time 60s] [--explore-seed S]` adds the model-based exploration (npm run
 * explore) to the run: its test in every report, reports/exploration.{md,json}, and its own section of the certification.
 * `--calibrate` runs the whole suite enforcing no side of any interpretation point (fixtures/interpretations.json), so
 * that reports/interpretations.observed.{json,md} show the sides the environment takes and propose its profile.
 * Otherwise exits with Playwright's code, so CI gates on the suite, not on the report.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { exploreEnvironment } from '../harness/exploration/settings';
import { baselineArgument } from './baseline-argument';
import { conformanceExploration } from './explore-arguments';
import { readExploration, writeExploration } from './exploration-markdown';
import { preflight } from './preflight';
import { LATENCY_GATE } from './latency';
import { reportRun } from './report-run';
import { signingArguments } from './signing-arguments';
import { discardRun, publishRun, stagingFolder, testsExecuted } from './staged-run';
import { localBin } from './local-bin';
import { takeOption } from './option-argument';

// A refused target (bad .env, production without consent) or a broken data file must not cost the last run's results.
const { target, problems } = preflight();
if (problems.length > 0 || !target) {
  for (const line of problems) console.error(`conformance: ${line}`);
  process.exit(2);
}

const DISCOVER = '--discover-matrices';
const CALIBRATE = '--calibrate';
const CERTIFY = process.argv.includes('--certify');
// A slowdown against the baseline fails the run only when asked (runner/latency.ts).
const latencyGate = process.argv.includes(LATENCY_GATE);
// Read by the workers (harness/verdicts/interpretations.ts) and by the reports (runner/run-reports.ts).
if (process.argv.includes(CALIBRATE)) process.env.CONFORMANCE_CALIBRATE = '1';
const discover = process.argv.includes(DISCOVER);
const { baseline, rest: afterBaseline } = baselineArgument('conformance', process.argv.slice(2));
const { settings: exploring, rest } = conformanceExploration(afterBaseline);
if (typeof exploring === 'string') {
  console.error(`conformance: ${exploring}`);
  process.exit(2);
}
const { signing, rest: unsigned, problem: signingProblem } = signingArguments(rest, CERTIFY, target.signingKey);
if (signingProblem) {
  console.error(`conformance: ${signingProblem}`);
  process.exit(2);
}
const playwrightArgs = unsigned.filter((arg) => arg !== DISCOVER && arg !== CALIBRATE && arg !== '--certify' && arg !== LATENCY_GATE);
// The matrix specs are the files named *.transitions.spec.ts and status-effects.spec.ts (Playwright takes a file
// argument as a pattern).
if (discover) playwrightArgs.push('transitions.spec.ts', 'status-effects.spec.ts');

const reportsDir = process.env.REPORTS_DIR ?? 'reports';
// One shard of a run split across machines: it writes a blob report and its own Allure results, and the reports
// are built once all shards are merged (npm run merge-shards).
const shard = shardOf(playwrightArgs);
if (shard) {
  for (const output of ['allure-results', 'exchanges']) rmSync(join(reportsDir, `${output}-${shard}`), { recursive: true, force: true });
  const run = spawnSync(localBin('playwright'), ['test', ...playwrightArgs], { stdio: 'inherit', env: { ...process.env, CONFORMANCE_SHARD: shard } });
  console.log(`Shard ${shard}: ${join(reportsDir, `blob-report-${shard}`)} and ${join(reportsDir, `allure-results-${shard}`)}; merge all shards with npm run merge-shards`);
  process.exit(run.status ?? 1);
}
// Playwright writes into a staging folder: a run that cannot start (status 2 is our own one-line refusal: an
// unreachable host; a port in use; a filter that matches nothing) leaves the last reports exactly as they were.
const staging = stagingFolder(reportsDir);
// `--explore` adds the exploration spec to the run (playwright.config.ts leaves it out otherwise).
const explorationEnv = exploring ? exploreEnvironment(exploring) : {};
const suite = spawnSync(localBin('playwright'), ['test', ...playwrightArgs], { stdio: 'inherit', env: { ...process.env, ...explorationEnv, REPORTS_DIR: staging } });
if (suite.status === 2 || suite.status === null || testsExecuted(staging) === 0) {
  discardRun(staging);
  if (suite.status !== 2) console.error(`conformance: no test ran, so no report was written; ${reportsDir}/ is as the last run left it`);
  process.exit(suite.status || 1);
}
// The exploration's result, when one was asked for and ran: read before the staging folder goes.
const exploration = exploring ? readExploration(staging) : undefined;
publishRun(staging, reportsDir);
if (exploration) writeExploration(reportsDir, exploration, target.environment);

// Every report comes from the JSON report and the Allure results alone, so one failing step cannot cost the others.
const reported = reportRun(target, reportsDir, { baseline, certify: CERTIFY, exploration, signing });
if (process.env.CONFORMANCE_CALIBRATE === '1') {
  console.log(`Calibration: the proposed profile is proposedProfile in ${join(reportsDir, 'interpretations.observed.json')}`);
}
if (reported.allureFailed) process.exit(suite.status || 1);
// Discovery fails on any disagreement, even one a known deviation excuses: its job is to show what the environment does.
// A regression check fails on a new failure, even when the run itself is excused by known deviations.
const disagreed = discover && reported.disagreements > 0;
const notCertified = reported.certified === false;
const slower = latencyGate && reported.slowdowns > 0;
process.exit(suite.status || (disagreed || reported.newFailures > 0 || slower || notCertified ? 1 : 0));

/** `--shard=2/3` or `--shard 2/3` as a file-name part, `2-of-3`; undefined without one. */
function shardOf(args: string[]): string | undefined {
  const { given, value } = takeOption(args, '--shard');
  if (!given) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value ?? '');
  if (!match) {
    console.error(`conformance: --shard needs <index>/<total>, e.g. --shard=1/2 (got ${value ?? 'nothing'})`);
    process.exit(2);
  }
  return `${match[1]}-of-${match[2]}`;
}
