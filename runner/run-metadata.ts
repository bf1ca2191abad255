/** Where and what a run ran: the header of run-results.json and of the certification bundle. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Target } from '../harness/environment/env';
import { keepLast4 } from '../harness/reporting/mask';
import type { PlaywrightJsonReport } from './playwright-report';
import type { RunMetadata } from './run-results';

const root = join(import.meta.dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

export function runMetadata(target: Target, report: PlaywrightJsonReport): RunMetadata {
  const startedAt = new Date(report.stats?.startTime ?? Date.now());
  return {
    environment: target.environment,
    baseUrl: target.baseUrl,
    tenant: keepLast4(target.tenant),
    ...judgingSuite(),
    seed: target.seed,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date(startedAt.getTime() + (report.stats?.duration ?? 0)).toISOString(),
  };
}

/** What judged a run: this suite's version and commit, the contract and the requirements catalogue it checks against. */
export function judgingSuite(): Pick<RunMetadata, 'suiteVersion' | 'commit' | 'contractHash' | 'catalogueVersion'> {
  return {
    suiteVersion: readJson('package.json').version,
    commit: commit(),
    contractHash: sha256(readFileSync(join(root, 'openapi', 'm2p-prepaid-v2.json'))),
    catalogueVersion: readJson('fixtures/requirements.json').version,
  };
}

/** `1ec31bc6a2f0` or `1ec31bc6a2f0-dirty`: a commit as a report line shows it. */
export function shortCommit(commit: string): string {
  return commit.replace(/^([0-9a-f]{12})[0-9a-f]+/, '$1');
}

export function sha256(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The checked-out commit, with `-dirty` when the suite's files differ from it (a certification must say so); CI
 * systems also say the commit in the environment when the checkout has no .git.
 */
function commit(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return `${git('rev-parse', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '-dirty' : ''}`;
  } catch {
    return process.env.GITHUB_SHA ?? process.env.CI_COMMIT_SHA ?? 'unknown';
  }
}
