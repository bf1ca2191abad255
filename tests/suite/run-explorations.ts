/**
 * Many explorations side by side in one Playwright run (runBatch, tests/suite/batch.config.ts): each a project of the
 * exploration spec against an in-process reference sandbox of its own, with settings of its own. A run of `npm run
 * explore` each paid about 9 s of start-up (the runner, Playwright, a sandbox process, the checks before the first
 * test, a worker) for explorations that take 1 to 20 s; here each pays a worker's start.
 */
import { join } from 'node:path';
import type { Exploration } from '../../harness/exploration/explore';
import { EXPLORATION_SPECS, EXPLORE_METADATA, EXPLORE_VARIABLE, exploreEnvironment } from '../../harness/exploration/settings';
import { parseExploreArguments } from '../../runner/explore-arguments';
import { type JsonResult, type JsonSuite, runBatch, type SuiteRun } from './run-suite';

const REFERENCE_PROFILE = join(import.meta.dirname, '..', '..', 'expectations', 'reference.json');

/** An exploration's outcome, as `npm run explore` would give it: its exit status, its result, and how long it took. */
export interface Explored {
  status: number | null;
  exploration: Exploration;
  stderr: string;
  seconds: number;
}

/** One exploration of a batch: a sandbox with these faults, explored with `npm run explore`'s arguments. */
export interface ExplorationEntry {
  name: string;
  faults?: string[];
  /** As on `npm run explore`'s command line (runner/explore-arguments.ts reads them, as it does there). */
  args: string[];
}

/**
 * Runs the explorations in one Playwright run, the longest first as given (runBatch keeps the order of entries of
 * equal size), and returns each one's outcome by name.
 * @example const [clean] = (await exploreBatch([{ name: 'clean', args: ['--runs', '1000'] }])).values();
 */
export async function exploreBatch(entries: readonly ExplorationEntry[]): Promise<Map<string, Explored>> {
  const batch = entries.map(({ name, faults, args }) => {
    const settings = parseExploreArguments(args);
    if (typeof settings === 'string') throw new Error(`${name}: ${settings}`);
    return { name, faults, metadata: { [EXPLORE_METADATA]: exploreEnvironment(settings) } };
  });
  // The sandboxes are the reference sandbox behind a URL, which makes the target a remote one: it is held to the
  // reference's profile (the sides it picks), as `npm run explore` holds the embedded sandbox.
  const env = { [EXPLORE_VARIABLE]: '1', EXPECTATIONS_FILE: REFERENCE_PROFILE };
  const runs = await runBatch(batch, { env, args: [EXPLORATION_SPECS] });
  return new Map([...runs].map(([name, run]) => [name, explored(name, run)]));
}

/**
 * The project's exploration, from its test's attachment in the JSON report: the spec also writes it into the run's
 * reports folder, but that file is one for every project of the run.
 */
function explored(name: string, run: SuiteRun): Explored {
  const result = findResults(run.report?.suites ?? [], name)[0];
  const attachment = result?.attachments?.find((a) => a.name === 'exploration.json');
  if (!attachment?.body) throw new Error(`${name}: the exploration wrote no result (Playwright exited ${run.exitCode}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { status: run.exitCode, stderr: run.stderr, seconds: result.duration / 1000, exploration: JSON.parse(Buffer.from(attachment.body, 'base64').toString('utf8')) };
}

function findResults(suites: readonly JsonSuite[], project: string): JsonResult[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests.filter((t) => t.projectName === project).flatMap((t) => t.results)),
    ...findResults(suite.suites ?? [], project),
  ]);
}
