/**
 * `npm run merge-shards [-- --baseline <path>] [--certify [--sign-key <file>]]`: after `npm run conformance -- --shard=i/n` ran on each
 * machine and their `reports/blob-report-<i>-of-<n>/` and `reports/allure-results-<i>-of-<n>/` were gathered into one
 * reports folder, merges them into the files a whole run writes (results.json, junit.xml, allure-results/) and builds
 * every report from them, exactly as a whole run does. Exits 1 when a merged test failed (or a check the options ask
 * for fails), 2 when there is nothing to merge.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { baselineArgument } from './baseline-argument';
import { preflight } from './preflight';
import { gatherShardRecordings } from './recorded-exchanges';
import { LATENCY_GATE } from './latency';
import { reportRun } from './report-run';
import { signingArguments } from './signing-arguments';
import { localBin } from './local-bin';

const { target, problems } = preflight();
if (problems.length > 0 || !target) {
  for (const line of problems) console.error(`merge-shards: ${line}`);
  process.exit(2);
}
const { baseline, rest } = baselineArgument('merge-shards', process.argv.slice(2));
const certify = rest.includes('--certify');
const { signing, problem: signingProblem } = signingArguments(rest, certify, target.signingKey);
if (signingProblem) {
  console.error(`merge-shards: ${signingProblem}`);
  process.exit(2);
}

const reportsDir = process.env.REPORTS_DIR ?? 'reports';
const shards = (existsSync(reportsDir) ? readdirSync(reportsDir) : []).map((f) => /^blob-report-(\d+-of-\d+)$/.exec(f)?.[1]).filter((s): s is string => s !== undefined).sort();
if (shards.length === 0) {
  console.error(`merge-shards: no shard reports (blob-report-<i>-of-<n>/) in ${reportsDir}: run npm run conformance -- --shard=i/n on each machine first`);
  process.exit(2);
}
// Every shard of one split, and only those: a leftover of another split would mix two runs.
const total = Number(shards[0].split('-of-')[1]);
const expected = Array.from({ length: total }, (_, i) => `${i + 1}-of-${total}`);
if (shards.join() !== [...expected].sort().join()) {
  console.error(`merge-shards: ${reportsDir} holds shards ${shards.join(', ')}; a merge needs exactly ${expected.join(', ')}`);
  process.exit(2);
}
const missing = shards.filter((s) => !existsSync(join(reportsDir, `allure-results-${s}`)));
if (missing.length > 0) {
  console.error(`merge-shards: no allure-results-${missing[0]}/ in ${reportsDir} beside blob-report-${missing[0]}/: gather both folders of every shard`);
  process.exit(2);
}
// merge-reports reads one folder of blob files.
const blobDir = join(reportsDir, 'blob-report');
rmSync(blobDir, { recursive: true, force: true });
mkdirSync(blobDir);
for (const s of shards) for (const zip of readdirSync(join(reportsDir, `blob-report-${s}`))) cpSync(join(reportsDir, `blob-report-${s}`, zip), join(blobDir, zip));

const merged = spawnSync(localBin('playwright'), ['merge-reports', '--config', 'merge.config.ts', blobDir], { stdio: 'inherit' });
if (merged.status !== 0) process.exit(merged.status ?? 1);
// Allure result files are named by UUID, so the shards' folders merge by copying.
const resultsDir = join(reportsDir, 'allure-results');
rmSync(resultsDir, { recursive: true, force: true });
for (const s of shards) cpSync(join(reportsDir, `allure-results-${s}`), resultsDir, { recursive: true });
gatherShardRecordings(reportsDir, shards);
rmSync(join(reportsDir, 'matrices'), { recursive: true, force: true });
console.log(`Merged ${shards.length} shard(s): ${shards.join(', ')}`);

const reported = reportRun(target, reportsDir, { baseline, certify, signing });
const slower = rest.includes(LATENCY_GATE) && reported.slowdowns > 0;
process.exit(reported.failed > 0 || reported.allureFailed || reported.newFailures > 0 || slower || reported.certified === false ? 1 : 0);
