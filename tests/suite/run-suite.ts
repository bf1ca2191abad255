import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXCHANGE_ANNOTATION, parseNote } from '../../harness/exchange-note';
import { buildSandbox } from '../../sandbox/app';
import type { LatitudeOptions } from '../../sandbox/latitude/latitude';
import { answerKey, type FaultConsultations } from '../../sandbox/faults/fault-consultations';

/** One test of a suite run, as the project's own tests need it. */
export interface TestOutcome {
  title: string;
  /** Relative to the test directory, as Playwright's JSON report and `--test-list` write it. */
  file: string;
  /** The titles of the enclosing describe blocks, then the test's own. */
  titlePath: string[];
  /** Playwright's verdict: expected, unexpected, flaky or skipped. */
  outcome: string;
  /** Requirement IDs the test reported as violated, by its own steps or its set-up's (harness/verify.ts annotations). */
  violations: string[];
  environmentErrors: string[];
  /** `<matrix> <cell ID> <actor>` for a test of a status-transition matrix (harness/transitions.ts). */
  matrixCell?: string;
  /** A matrix cell whose `from` status no allowed path reaches, or a test the environment's side of a point rules out: skipped and reported so. */
  unreachable: boolean;
  /** The answers (`<operationId> <status>`, sandbox/faults/fault-consultations.ts) of the test's exchanges. */
  answers: string[];
  /** The sides of interpretation points its answers showed, `<point>=<side>` (harness/interpretations.ts). */
  sides: string[];
}

export interface SuiteRun {
  exitCode: number | null;
  tests: TestOutcome[];
  stderr: string;
  /** The Playwright JSON report itself, for tests that read more than outcomes. */
  report?: { suites?: JsonSuite[] };
}

interface JsonSuite {
  title: string;
  specs?: { title: string; file: string; tests: { status: string; annotations?: Annotation[]; results: { annotations?: Annotation[] }[] }[] }[];
  suites?: JsonSuite[];
}
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
  /** Only these tests (see {@link testListLine}); every test when omitted. */
  only?: TestOutcome[];
  /**
   * With the configuration's first reporter (runner/kept-worker-failures.ts), as `npm run conformance` runs: a failed
   * test keeps its worker. Without it (the default), Playwright starts a new worker after each failed test.
   */
  keepWorkers?: boolean;
}): Promise<SuiteRun> {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-run-'));
  // In-process: this test process serves the sandbox and the suite sees a remote BASE_URL, which saves
  // starting a sandbox process per run (on a free port); otherwise Playwright's webServer starts it, as for a user.
  const sandbox = options.inProcess ? buildSandbox({ faults: options.faults ?? [], readings: options.readings ?? [], consultations: options.consultations, latitude: options.latitude }) : undefined;
  const baseUrl = sandbox ? await sandbox.listen({ port: 0, host: '127.0.0.1' }) : '';
  const jsonFile = join(dir, 'results.json');
  const testList = join(dir, 'test-list.txt');
  if (options.only) writeFileSync(testList, options.only.map(testListLine).join('\n'));
  const reporters = options.keepWorkers ? './runner/kept-worker-failures.ts,json' : 'json';
  const args = ['playwright', 'test', `--reporter=${reporters}`, ...(options.only ? ['--test-list', testList] : []), ...(options.args ?? [])];
  const child = spawn('npx', args, {
    env: {
      ...process.env,
      CI: '',
      CONFORMANCE_ENV: '',
      BASE_URL: baseUrl,
      WORKERS: options.inProcess ? '1' : process.env.WORKERS ?? '2',
      SEED: process.env.SEED || '20261125',
      SANDBOX_PORT: String(options.port),
      SANDBOX_FAULTS: (options.faults ?? []).join(','),
      SANDBOX_READINGS: (options.readings ?? []).join(','),
      PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile,
      REPORTS_DIR: dir,
      // The in-process sandbox serves this run alone, though the suite sees a remote URL.
      SHARED_ENVIRONMENT: 'false',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  await sandbox?.close();
  let report: SuiteRun['report'];
  try {
    report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch {
    // No report: the run stopped before any test (stderr says why).
  }
  rmSync(dir, { recursive: true, force: true });
  return { exitCode, tests: flatten(report?.suites ?? []), stderr, report };
}

/** One line of a Playwright `--test-list` file: the file, then the title path, joined by `›`. */
export const testListLine = (test: TestOutcome): string => [test.file, ...test.titlePath].join(' › ');

/** The top suites of the JSON report are files (no `parents`); the suites inside them are describe blocks. */
function flatten(suites: JsonSuite[], parents?: string[]): TestOutcome[] {
  return suites.flatMap((suite) => {
    const describes = parents ? [...parents, suite.title] : [];
    const tests = (suite.specs ?? []).flatMap((spec) =>
      spec.tests.map((t) => {
        const annotations = [...(t.annotations ?? []), ...t.results.flatMap((r) => r.annotations ?? [])];
        const of = (type: string) => [...new Set(annotations.filter((a) => a.type === type).map((a) => a.description ?? ''))];
        return {
          title: spec.title,
          file: spec.file,
          titlePath: [...describes, spec.title],
          outcome: t.status,
          // A requirement its set-up steps saw broken is still one the suite reports broken (the test is blocked by it).
          violations: [...new Set([...of('violation'), ...of('setup-violation')])],
          sides: of('interpretation'),
          environmentErrors: of('environment-error'),
          matrixCell: of('matrix-cell')[0],
          unreachable: of('matrix-unreachable').length + of('not-applicable').length > 0,
          // From the run alone: Playwright repeats a run's annotations on the test, and the proof counts answers.
          answers: t.results
            .flatMap((r) => r.annotations ?? [])
            .filter((a) => a.type === EXCHANGE_ANNOTATION)
            .map((a) => parseNote(a.description ?? ''))
            .map((note) => answerKey(note?.operationId, note?.status)),
        };
      }),
    );
    return [...tests, ...flatten(suite.suites ?? [], describes)];
  });
}

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
  const child = spawn('npx', ['tsx', 'runner/conformance.ts', ...args], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, CI: '', CONFORMANCE_ENV: '', BASE_URL: '', REPORTS_DIR: reports, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}
