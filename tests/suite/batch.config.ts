/**
 * The configuration of a batched suite run (tests/suite/run-suite.ts, `runBatch`): the project's own configuration
 * with the batch's projects, an entry alone against a reference sandbox of its own (its `use.baseURL`, which the target
 * fixture takes, harness/fixtures.ts) or a lane of many entries, each test routed to its entry's sandbox
 * (tests/suite/lanes.ts). Many planted faults are then proved in one run: the specs are loaded once and two workers
 * stay busy, where a run per fault paid a Playwright start each.
 * The entries come from the JSON file BATCH_PROJECTS names: `[{ "name": "<fault>", "workers": 1, "baseURL": "http://…", "grep": "…" }]`,
 * `workers` the project's limit (the run's without it), `grep` the pattern of the project's tests (every test without
 * it), `metadata` the project's (its tests read it: a lane's routes, an exploration's settings).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import config from '../../playwright.config';

const root = join(import.meta.dirname, '..', '..');
const file = process.env.BATCH_PROJECTS;
if (!file) throw new Error('tests/suite/batch.config.ts needs BATCH_PROJECTS, the JSON file of its projects (tests/suite/run-suite.ts writes it)');
const projects = JSON.parse(readFileSync(file, 'utf8')) as { name: string; workers?: number; baseURL: string; grep?: string; metadata?: Record<string, unknown> }[];

export default defineConfig({
  ...config,
  // Paths of the project's configuration are relative to the root, not to this file.
  testDir: join(root, 'specs'),
  globalSetup: join(root, 'runner', 'global-setup.ts'),
  // run-suite.ts names the reporters on the command line; the configuration's are relative to the root.
  reporter: 'json',
  // A project's workers as run-suite.ts chose them: mostly one, so that two projects run at once and each starts one
  // worker, not one per free slot (a worker serves one project, and a start costs more than most projects' tests).
  projects: projects.map(({ name, workers, baseURL, grep, metadata }) => ({ name, workers, grep: grep === undefined ? undefined : new RegExp(grep), metadata, use: { ...config.use, baseURL } })),
});
