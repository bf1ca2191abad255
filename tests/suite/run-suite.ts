import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSandbox } from '../../sandbox/app';

/** One test of a suite run, as the project's own tests need it. */
export interface TestOutcome {
  title: string;
  file: string;
  /** Playwright's verdict: expected, unexpected, flaky or skipped. */
  outcome: string;
  /** Requirement IDs the test reported as violated (harness/verify.ts annotations). */
  violations: string[];
  environmentErrors: string[];
  /** `<matrix> <cell ID> <actor>` for a test of a status-transition matrix (harness/transitions.ts). */
  matrixCell?: string;
  /** A matrix cell whose `from` status no allowed path reaches: skipped and reported so. */
  unreachable: boolean;
}

export interface SuiteRun {
  exitCode: number | null;
  tests: TestOutcome[];
  stderr: string;
  /** The Playwright JSON report itself, for tests that read more than outcomes. */
  report?: { suites?: JsonSuite[] };
}

interface JsonSuite {
  specs?: { title: string; file: string; tests: { status: string; annotations?: Annotation[]; results: { annotations?: Annotation[] }[] }[] }[];
  suites?: JsonSuite[];
}
interface Annotation { type: string; description?: string }

/**
 * Runs the conformance suite in a child process against a reference sandbox of its own (own port,
 * the given planted faults), the way Playwright's own tests run inline suites, and reads its JSON report.
 */
export async function runSuite(options: { faults?: string[]; port: number; args?: string[]; inProcess?: boolean; env?: NodeJS.ProcessEnv }): Promise<SuiteRun> {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-run-'));
  // In-process: this test process serves the sandbox and the suite sees a remote BASE_URL, which saves
  // starting a sandbox process per run (on a free port); otherwise Playwright's webServer starts it, as for a user.
  const sandbox = options.inProcess ? buildSandbox({ faults: options.faults ?? [] }) : undefined;
  const baseUrl = sandbox ? await sandbox.listen({ port: 0, host: '127.0.0.1' }) : '';
  const jsonFile = join(dir, 'results.json');
  const child = spawn('npx', ['playwright', 'test', '--reporter=json', ...(options.args ?? [])], {
    env: {
      ...process.env,
      CI: '',
      CONFORMANCE_ENV: '',
      BASE_URL: baseUrl,
      WORKERS: options.inProcess ? '1' : process.env.WORKERS ?? '2',
      SEED: process.env.SEED || '20261125',
      SANDBOX_PORT: String(options.port),
      SANDBOX_FAULTS: (options.faults ?? []).join(','),
      PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile,
      REPORTS_DIR: dir,
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

function flatten(suites: JsonSuite[]): TestOutcome[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests.map((t) => {
        const annotations = [...(t.annotations ?? []), ...t.results.flatMap((r) => r.annotations ?? [])];
        const of = (type: string) => [...new Set(annotations.filter((a) => a.type === type).map((a) => a.description ?? ''))];
        return {
          title: spec.title,
          file: spec.file,
          outcome: t.status,
          violations: of('violation'),
          environmentErrors: of('environment-error'),
          matrixCell: of('matrix-cell')[0],
          unreachable: of('matrix-unreachable').length > 0,
        };
      }),
    ),
    ...flatten(suite.suites ?? []),
  ]);
}

/** The matrix cells (`<matrix> <cell ID> <actor>`) whose tests failed, sorted. */
export const failedCells = (run: SuiteRun): string[] =>
  run.tests.filter((t) => t.outcome === 'unexpected' && t.matrixCell).map((t) => t.matrixCell!).sort();

/** The requirement IDs violated by the tests that failed, sorted. */
export const violatedRequirements = (run: SuiteRun): string[] =>
  [...new Set(run.tests.filter((t) => t.outcome === 'unexpected').flatMap((t) => t.violations))].sort();

/** A port nothing listens on now, for a run that starts its own sandbox: a fixed port may be held by a leftover one. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
