import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotationsOf } from '../../harness/reporting/annotations';
import { buildSandbox } from '../../sandbox/app';
import type { LatitudeOptions } from '../../sandbox/latitude/latitude';
import type { FaultConsultations } from '../../sandbox/faults/fault-consultations';
import { localBin } from '../../runner/local-bin';
import { TEST_ROUTES, type TestRoutes } from '../../harness/environment/test-routes';
import { planLanes, testRouteKey } from './lanes';

const ROOT = join(import.meta.dirname, '..', '..');

/** One test of a suite run, as the project's own tests need it. */
export interface TestOutcome {
  title: string;
  /** Relative to the test directory, as Playwright's JSON report writes it. */
  file: string;
  /** The titles of the enclosing describe blocks, then the test's own. */
  titlePath: string[];
  /** Playwright's verdict: expected, unexpected, flaky or skipped. */
  outcome: string;
  /** Requirement IDs the test reported as violated, by its own steps or its set-up's (harness/verdicts/verify.ts annotations). */
  violations: string[];
  environmentErrors: string[];
  /** `<matrix> <cell ID> <actor>` for a test of a status-transition matrix (harness/matrices/transitions.ts). */
  matrixCell?: string;
  /** A matrix cell whose `from` status no allowed path reaches, or a test the environment's side of a point rules out: skipped and reported so. */
  unreachable: boolean;
  /** The X-Request-IDs of the test's exchanges, to match the requests the sandbox noted (sandbox/faults/fault-consultations.ts). */
  requestIds: string[];
  /** The sides of interpretation points its answers showed, `<point>=<side>` (harness/verdicts/interpretations.ts). */
  sides: string[];
  /** The Playwright project it ran in: the entry's name in a batched run ({@link runBatch}), '' otherwise. */
  project: string;
  /** Each exchange's operation and response time (its note's `ms:`), for the latency proof. */
  exchanges: { operationId: string; durationMs?: number }[];
  /** How long the test took, its retries included. */
  durationMs: number;
}

export interface SuiteRun {
  exitCode: number | null;
  tests: TestOutcome[];
  stderr: string;
  /** The Playwright JSON report itself, for tests that read more than outcomes. */
  report?: { suites?: JsonSuite[] };
}

/** A suite of Playwright's JSON report, as far as the project's tests read it. */
export interface JsonSuite {
  title: string;
  specs?: { title: string; file: string; tests: { status: string; projectName: string; annotations?: Annotation[]; results: JsonResult[] }[] }[];
  suites?: JsonSuite[];
}
/** One run of a test in the JSON report; an attachment's `body` is base64. */
export interface JsonResult { duration: number; annotations?: Annotation[]; attachments?: { name: string; body?: string }[] }
interface Annotation { type: string; description?: string }

/**
 * Runs the conformance suite in a child process against a reference sandbox of its own (own port,
 * the given planted faults), the way Playwright's own tests run inline suites, and reads its JSON report.
 */
export async function runSuite(options: {
  faults?: string[];
  /** Other documented sides the sandbox takes (sandbox/readings/), `<point>=<side>`. */
  readings?: string[];
  port: number;
  args?: string[];
  inProcess?: boolean;
  env?: NodeJS.ProcessEnv;
  /** In-process only: latitude mode (sandbox/latitude/), every answer loosened as the documented schema allows. */
  latitude?: LatitudeOptions;
  /** In-process only: note which faults each request asked about (the proof's recording run). */
  consultations?: FaultConsultations;
  /**
   * With the configuration's first reporter (runner/kept-worker-failures.ts), as `npm run conformance` runs: a failed
   * test keeps its worker. Without it (the default), Playwright starts a new worker after each failed test.
   */
  keepWorkers?: boolean;
}): Promise<SuiteRun> {
  // In-process: this test process serves the sandbox and the suite sees a remote BASE_URL, which saves
  // starting a sandbox process per run (on a free port); otherwise Playwright's webServer starts it, as for a user.
  const sandbox = options.inProcess ? buildSandbox({ faults: options.faults ?? [], readings: options.readings ?? [], consultations: options.consultations, latitude: options.latitude }) : undefined;
  const baseUrl = sandbox ? await sandbox.listen({ port: 0, host: '127.0.0.1' }) : '';
  try {
    return await playwright({
      args: options.args ?? [],
      keepWorkers: options.keepWorkers,
      env: {
        BASE_URL: baseUrl,
        WORKERS: options.inProcess ? '1' : process.env.WORKERS ?? '2',
        SANDBOX_PORT: String(options.port),
        SANDBOX_FAULTS: (options.faults ?? []).join(','),
        SANDBOX_READINGS: (options.readings ?? []).join(','),
        ...options.env,
      },
    });
  } finally {
    await sandbox?.close();
  }
}

/** One entry of a batched run: a reference sandbox of its own, with these faults or readings, and the tests to run against it. */
export interface BatchEntry {
  /** The entry's Playwright project: a fault's or a reading's name. */
  name: string;
  faults?: string[];
  readings?: string[];
  latitude?: LatitudeOptions;
  /** Only these tests; every test when omitted. */
  only?: TestOutcome[];
  /** The project's `metadata`, which its tests read from `testInfo.project` (an exploration's settings, say). */
  metadata?: Record<string, unknown>;
}

/** Where a lane sends a test it has no route for: nothing listens on the discard port. */
const UNROUTED = 'http://127.0.0.1:9';

/**
 * Runs many entries in one Playwright run (tests/suite/batch.config.ts), each entry against an in-process sandbox of
 * its own, and returns each entry's run: its tests, and an exit code of its own (1 when one of its tests failed). The
 * entries that select their tests share projects, lanes (tests/suite/lanes.ts) that send each test to its entry's
 * sandbox; an entry that runs every test, or has settings of its own, is a project alone. One run loads the specs once
 * and keeps both workers busy, where a run per entry paid a Playwright start each, and a project per entry a worker
 * start each. The entries share the run's environment (a profile, say); their sandboxes share nothing.
 */
export async function runBatch(
  entries: readonly BatchEntry[],
  options: { env?: NodeJS.ProcessEnv; keepWorkers?: boolean; workers?: number; /** Playwright's, after the configuration: the spec files to load, say. */ args?: string[] } = {},
): Promise<Map<string, SuiteRun>> {
  if (entries.length === 0) return new Map();
  const alone = entries.filter((entry) => !entry.only || entry.metadata);
  const laned = entries.filter((entry) => !alone.includes(entry));
  const lanes = planLanes(laned.map((entry) => entry.only!));
  const sandboxes = entries.map((entry) => buildSandbox({ faults: entry.faults ?? [], readings: entry.readings ?? [], latitude: entry.latitude }));
  const dir = mkdtempSync(join(tmpdir(), 'conformance-batch-'));
  try {
    const urls = await Promise.all(sandboxes.map((sandbox) => sandbox.listen({ port: 0, host: '127.0.0.1' })));
    const urlOf = new Map(entries.map((entry, i) => [entry, urls[i]]));
    const laneName = (index: number) => `lane ${index + 1}`;
    // Largest first: Playwright starts projects in the order given, and a big one started last would run on one core
    // while the other waits (a whole run takes about twenty seconds on one worker).
    const projects = [
      ...alone.map((entry) => ({ name: entry.name, size: entry.only?.length ?? Number.MAX_SAFE_INTEGER, workers: 1, baseURL: urlOf.get(entry)!, grep: entry.only && titlesPattern(entry.name, entry.only), metadata: entry.metadata })),
      ...lanes.map((lane, index) => ({
        name: laneName(index),
        size: lane.tests.length,
        // One worker, as an entry alone, but where each failed test starts a new worker: those starts are most of a
        // lane's time then, and both workers share them (the sampled comparison's lane: 84 s on one, 51–55 s on two).
        workers: options.keepWorkers ? 1 : undefined,
        // Every test of a lane has a route: one without would reach no sandbox (port 9 refuses) and fail as an environment error.
        baseURL: UNROUTED,
        grep: titlesPattern(laneName(index), lane.tests),
        metadata: { [TEST_ROUTES]: Object.fromEntries([...lane.entryOf].map(([key, entry]) => [key, urlOf.get(laned[entry])!])) satisfies TestRoutes },
      })),
    ].sort((a, b) => b.size - a.size);
    const projectsFile = join(dir, 'projects.json');
    // Each project selects its own tests by a pattern (Playwright's test list would hold every entry's tests, and
    // compares each of them with every test of every project).
    writeFileSync(projectsFile, JSON.stringify(projects.map(({ size, ...project }) => project)));
    const run = await playwright({
      args: ['--config', join(import.meta.dirname, 'batch.config.ts'), ...(options.args ?? [])],
      keepWorkers: options.keepWorkers,
      // The first sandbox answers the run's checks before any test (runner/global-setup.ts); each project its own tests.
      env: { BASE_URL: urls[0], WORKERS: String(options.workers ?? 2), BATCH_PROJECTS: projectsFile, ...options.env },
    });
    // A lane's test belongs to the entry the lane ran it for.
    const laneIndex = new Map(lanes.map((_, index) => [laneName(index), index]));
    const entryName = (test: TestOutcome) => {
      const lane = laneIndex.get(test.project);
      return lane === undefined ? test.project : laned[lanes[lane].entryOf.get(testRouteKey(test))!].name;
    };
    const tests = run.tests.map((test) => ({ ...test, project: entryName(test) }));
    return new Map(
      entries.map((entry) => {
        const own = tests.filter((t) => t.project === entry.name);
        const exitCode = run.report ? (own.some((t) => t.outcome === 'unexpected') ? 1 : 0) : run.exitCode;
        return [entry.name, { ...run, tests: own, exitCode }];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
  }
}

/**
 * A pattern matching exactly these tests of a project, as Playwright matches a project's `grep`: against the title
 * path from the project's name on, each title followed by its tags, joined by spaces.
 */
export function titlesPattern(project: string, tests: readonly TestOutcome[]): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const tags = '(?: @\\S+)*';
  const one = (test: TestOutcome) => [project, test.file, ...test.titlePath].map((title) => escape(title) + tags).join(' ');
  return `^(?:${tests.map(one).join('|')})$`;
}

/** `playwright test` with a JSON report, in a child process, and the run read from its report. */
async function playwright(options: { args: string[]; keepWorkers?: boolean; env: NodeJS.ProcessEnv }): Promise<SuiteRun> {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-run-'));
  const jsonFile = join(dir, 'results.json');
  // Absolute: Playwright resolves a reporter's path from the configuration's folder.
  const reporters = options.keepWorkers ? `${join(ROOT, 'runner', 'kept-worker-failures.ts')},json` : 'json';
  const args = ['test', `--reporter=${reporters}`, ...options.args];
  const child = spawn(localBin('playwright'), args, {
    env: {
      ...process.env,
      CI: '',
      CONFORMANCE_ENV: '',
      SEED: process.env.SEED || '20261125',
      PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile,
      REPORTS_DIR: dir,
      // An in-process sandbox serves this run alone, though the suite sees a remote URL.
      SHARED_ENVIRONMENT: 'false',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  let report: SuiteRun['report'];
  try {
    report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch {
    // No report: the run stopped before any test (stderr says why).
  }
  rmSync(dir, { recursive: true, force: true });
  return { exitCode, tests: flatten(report?.suites ?? []), stderr, report };
}

/** The top suites of the JSON report are files (no `parents`); the suites inside them are describe blocks. */
function flatten(suites: JsonSuite[], parents?: string[]): TestOutcome[] {
  return suites.flatMap((suite) => {
    const describes = parents ? [...parents, suite.title] : [];
    const tests = (suite.specs ?? []).flatMap((spec) =>
      spec.tests.map((t) => {
        const annotations = [...(t.annotations ?? []), ...t.results.flatMap((r) => r.annotations ?? [])];
        // From the run's annotations alone: Playwright repeats them on the test.
        const notes = annotationsOf(t.results.flatMap((r) => r.annotations ?? []), 'exchange');
        const of = (type: 'violation' | 'setup-violation' | 'interpretation' | 'environment-error' | 'matrix-cell' | 'matrix-unreachable' | 'not-applicable') => [...new Set(annotationsOf(annotations, type))];
        return {
          title: spec.title,
          file: spec.file,
          titlePath: [...describes, spec.title],
          project: t.projectName,
          outcome: t.status,
          // A requirement its set-up steps saw broken is still one the suite reports broken (the test is blocked by it).
          violations: [...new Set([...of('violation'), ...of('setup-violation')])],
          sides: of('interpretation'),
          environmentErrors: of('environment-error'),
          matrixCell: of('matrix-cell')[0],
          unreachable: of('matrix-unreachable').length + of('not-applicable').length > 0,
          requestIds: notes.flatMap((note) => note.requestId ?? []),
          exchanges: notes.map(({ operationId, durationMs }) => ({ operationId, durationMs })),
          durationMs: t.results.reduce((sum, r) => sum + r.duration, 0),
        };
      }),
    );
    return [...tests, ...flatten(suite.suites ?? [], describes)];
  });
}

/** A test across runs of the same suite: its file and title path, the key a lane routes it by. */
export const testKey = testRouteKey;

/** The matrix cells (`<matrix> <cell ID> <actor>`) whose tests failed, sorted. */
export const failedCells = (run: SuiteRun): string[] =>
  run.tests.filter((t) => t.outcome === 'unexpected' && t.matrixCell).map((t) => t.matrixCell!).sort();

/** The requirement IDs violated by the tests that failed, sorted. */
export const violatedRequirements = (run: SuiteRun): string[] =>
  [...new Set(run.tests.filter((t) => t.outcome === 'unexpected').flatMap((t) => t.violations))].sort();

/** A port nothing listens on now, for a run that starts its own sandbox: a fixed port may be held by a leftover one. */
export { freePort } from '../../bench/free-port';

/**
 * `npm run conformance` (runner/conformance.ts, with the configuration's reporters and every report) on a reports
 * folder, as a user runs it. Asynchronous, so that a server of this process (an in-process sandbox) can answer meanwhile.
 */
export function runConformance(reports: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<{ status: number | null; stderr: string }> {
  return runRunner('runner/conformance.ts', reports, env, args);
}

/** `npm run explore` (runner/explore.ts) on a reports folder, as a user runs it; asynchronous like {@link runConformance}. */
export function runExplore(reports: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<{ status: number | null; stderr: string }> {
  return runRunner('runner/explore.ts', reports, env, args);
}

/**
 * `npm run rejudge -- <reports>` (runner/rejudge.ts): the folder's recording judged again, in a process that any
 * socket or name lookup ends with exit 3 (tests/suite/no-network.ts; not imported here: it would guard this process).
 */
export function runRejudge(reports: string): Promise<{ status: number | null; stderr: string }> {
  return runRunner('runner/rejudge.ts', reports, {}, [reports], [NO_NETWORK]);
}

/** The preload that ends a process reaching for the network. */
export const NO_NETWORK = join(import.meta.dirname, 'no-network.ts');

function runRunner(script: string, reports: string, env: NodeJS.ProcessEnv, args: string[], preload: string[] = []): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload.flatMap((file) => ['--import', file]), script, ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: '', CONFORMANCE_ENV: '', BASE_URL: '', REPORTS_DIR: reports, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}
