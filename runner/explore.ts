/**
 * `npm run explore [-- --runs N] [--time 60s] [--seed S] [--path P --commands C]`: model-based exploration (issue 21). Runs the
 * exploration spec (specs/exploration/) alone against the chosen environment, at most N sequences (200 by default)
 * or for the time given, under the seed given (1 by default), and writes reports/exploration.json and
 * reports/exploration.md; Playwright's own reports of the run go to reports/exploration/, so the suite's last reports
 * stay as they were. `--path` and `--commands` replay one sequence, as a finding's replay line gives them. Exits 1 on a finding.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPLORATION_SPECS, exploreEnvironment } from '../harness/exploration/settings';
import { parseExploreArguments } from './explore-arguments';
import { EXPLORATION_FILES, readExploration, writeExploration } from './exploration-markdown';
import { preflight } from './preflight';
import { localBin } from './local-bin';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const settings = parseExploreArguments(process.argv.slice(2));
  if (typeof settings === 'string') {
    console.error(`explore: ${settings}`);
    process.exit(2);
  }
  const { target, problems } = preflight();
  if (problems.length > 0 || !target) {
    for (const line of problems) console.error(`explore: ${line}`);
    process.exit(2);
  }
  const reportsDir = process.env.REPORTS_DIR ?? 'reports';
  const runDir = join(reportsDir, 'exploration');
  mkdirSync(runDir, { recursive: true });
  // The spec writes it: one left by an earlier exploration must not pass for this one's.
  rmSync(join(runDir, EXPLORATION_FILES.json), { force: true });
  const run = spawnSync(localBin('playwright'), ['test', EXPLORATION_SPECS], { stdio: 'inherit', env: { ...process.env, ...exploreEnvironment(settings), REPORTS_DIR: runDir } });
  const exploration = readExploration(runDir);
  if (!exploration) {
    console.error(`explore: the exploration wrote no result (Playwright exited ${run.status}); ${reportsDir}/exploration.* are as the last exploration left them`);
    process.exit(run.status || 1);
  }
  writeExploration(reportsDir, exploration, target.environment);
  process.exit(run.status ?? 1);
}
