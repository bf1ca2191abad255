/**
 * `npm run explore [-- --runs N] [--time 60s] [--seed S] [--path P --commands C]`: model-based exploration (issue 21). Runs the
 * exploration spec (specs/exploration/) alone against the chosen environment, at most N sequences (200 by default)
 * or for the time given, under the seed given (1 by default), and writes reports/exploration.json and
 * reports/exploration.md; Playwright's own reports of the run go to reports/exploration/, so the suite's last reports
 * stay as they were. `--path` and `--commands` replay one sequence, as a finding's replay line gives them. Exits 1 on a finding.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Exploration } from '../harness/exploration/explore';
import { EXPLORATION_SPECS, exploreEnvironment, type ExploreSettings } from '../harness/exploration/settings';
import { explorationMarkdown } from './exploration-markdown';
import { preflight } from './preflight';
import { localBin } from './local-bin';

/** The settings from the command line; a bad value is one line naming the option. */
export function parseExploreArguments(args: readonly string[]): ExploreSettings | string {
  const settings: ExploreSettings = { runs: 200, seed: 1 };
  for (let i = 0; i < args.length; i += 2) {
    const [option, value] = [args[i], args[i + 1]];
    if (value === undefined) return `${option} needs a value`;
    if (option === '--runs' || option === '--seed') {
      if (!/^[0-9]+$/.test(value) || (option === '--runs' && Number(value) === 0)) return `${option} ${value}: not a ${option === '--runs' ? 'positive ' : ''}whole number`;
      settings[option === '--runs' ? 'runs' : 'seed'] = Number(value);
    } else if (option === '--time') {
      const match = /^([0-9]+)(ms|s|m)?$/.exec(value);
      if (!match || Number(match[1]) === 0) return `--time ${value}: not a duration such as 60s, 2m or 500ms`;
      settings.timeMs = Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm'];
    } else if (option === '--path') {
      if (!/^[0-9]+(:[0-9]+)*$/.test(value)) return `--path ${value}: not a path such as 36:4:3, as a finding's replay line gives it`;
      settings.path = value;
    } else if (option === '--commands') {
      if (!/^[A-Za-z0-9+/=:_-]+$/.test(value)) return `--commands ${value}: not a replay path, as a finding's replay line gives it`;
      settings.replayPath = value;
    } else return `unknown option ${option} (use --runs, --time, --seed, --path or --commands)`;
  }
  // With a time budget and no count, the time decides.
  if (settings.timeMs !== undefined && !args.includes('--runs')) settings.runs = Number.MAX_SAFE_INTEGER;
  return settings;
}

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
  rmSync(join(runDir, 'exploration.json'), { force: true });
  const run = spawnSync(localBin('playwright'), ['test', EXPLORATION_SPECS], { stdio: 'inherit', env: { ...process.env, ...exploreEnvironment(settings), REPORTS_DIR: runDir } });
  const written = join(runDir, 'exploration.json');
  if (!existsSync(written)) {
    console.error(`explore: the exploration wrote no result (Playwright exited ${run.status}); ${reportsDir}/exploration.* are as the last exploration left them`);
    process.exit(run.status || 1);
  }
  const exploration = JSON.parse(readFileSync(written, 'utf8')) as Exploration;
  writeFileSync(join(reportsDir, 'exploration.json'), JSON.stringify(exploration, null, 2));
  writeFileSync(join(reportsDir, 'exploration.md'), explorationMarkdown(exploration, target.environment));
  console.log(`Exploration: ${join(reportsDir, 'exploration.md')} (${exploration.sequences} sequences, ${exploration.finding ? '1 finding' : 'no finding'})`);
  process.exit(run.status ?? 1);
}
