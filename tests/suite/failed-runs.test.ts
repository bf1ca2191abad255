import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { TRIP_AFTER } from '../../harness/environment/circuit-breaker';
import { freePort, runConformance } from './run-suite';
import { localBin } from '../../runner/local-bin';

const root = join(import.meta.dirname, '..', '..');

/** A reports folder as a good run left it (a stand-in for each kind of file), with a snapshot to compare. */
function lastGoodReports(): string {
  const dir = mkdtempSync(join(tmpdir(), 'last-reports-'));
  for (const [path, text] of [
    ['results.json', '{"stats":{"expected":1}}'],
    ['junit.xml', '<testsuites tests="1"/>'],
    ['run-results.json', '{}'],
    ['coverage.md', '# coverage'],
    ['allure-results/a-result.json', '{}'],
    ['matrices/diff.md', '# diff'],
    ['history/allure-history.jsonl', '{}\n'],
  ]) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Every file under `dir` with its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/**
 * Runs `attempt` on a stand-in of the last good reports and requires it to leave them byte for byte as they were; the
 * stand-in goes afterwards, whatever happened.
 */
async function leavesLastReports(attempt: (reports: string) => Promise<void>): Promise<void> {
  const reports = lastGoodReports();
  try {
    const before = snapshot(reports);
    await attempt(reports);
    assert.deepEqual(snapshot(reports), before);
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

describe('a run that cannot start, or runs no test, leaves the last reports exactly as they were', { concurrency: 2 }, () => {
  test('an unreachable host: one line, exit 2, nothing written', () =>
    leavesLastReports(async (reports) => {
      const run = await runConformance(reports, { BASE_URL: `http://127.0.0.1:${await freePort()}` });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /cannot be reached/);
    }));

  test('a production host spelt as a fully qualified name: refused as production before any request, not tried and found unreachable', () =>
    leavesLastReports(async (reports) => {
      const run = await runConformance(reports, { BASE_URL: 'https://API.m2pprepaid.com.' });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /is production; .* set ALLOW_PRODUCTION=true/);
      assert.doesNotMatch(run.stderr, /cannot be reached/);
    }));

  test('the sandbox\'s port already in use: the run stops and writes no empty report', () =>
    leavesLastReports(async (reports) => {
      // Something else that answers on the port, as a sandbox left over from another run would.
      const busy = createServer((_request, response) => response.end('{}')).listen(0, '127.0.0.1');
      await new Promise((resolve) => busy.once('listening', resolve));
      const { port } = busy.address() as { port: number };
      try {
        const run = await runConformance(reports, { SANDBOX_PORT: String(port) }, ['specs/test-data/balance.spec.ts']);
        assert.notEqual(run.status, 0);
        assert.match(run.stderr, /no test ran/);
      } finally {
        busy.close();
      }
    }));

  test('a wrong client secret: one line naming the identity and its settings, before any test, with the secret masked', () =>
    leavesLastReports(async (reports) => {
      const started = Date.now();
      const run = await runConformance(reports, { SANDBOX_PORT: String(await freePort()), CLIENT_SECRET: 'wrong-secret-123' });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /conformance: ENVIRONMENT ERROR: no partner token .* HTTP 401 .*\(check CLIENT_ID \/ CLIENT_SECRET in \.env\.reference\)/);
      assert.ok(!run.stderr.includes('wrong-secret-123'), 'the secret is never shown');
      assert.ok(Date.now() - started < 60_000, 'stopped before running the suite');
    }));

  test('a filter that matches no test, and listing the tests, write nothing', async () => {
    await leavesLastReports(async (reports) => {
      const none = await runConformance(reports, { SANDBOX_PORT: String(await freePort()) }, ['--grep', 'no test has this title']);
      assert.notEqual(none.status, 0);
    });
    await leavesLastReports(async (reports) => {
      const list = spawnSync(localBin('playwright'), ['test', '--list', 'specs/test-data/balance.spec.ts'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CONFORMANCE_ENV: '', BASE_URL: '', REPORTS_DIR: reports },
      });
      assert.equal(list.status, 0, list.stderr);
    });
  });

  test('an environment that is plainly down: the circuit breaker stops the run early, reporting environment errors and no violation', async () => {
    const reports = mkdtempSync(join(tmpdir(), 'down-reports-'));
    const run = await runConformance(reports, { SANDBOX_PORT: String(await freePort()), SANDBOX_FAULTS: 'environment-down' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`circuit breaker: ${TRIP_AFTER} tests in a row failed with environment errors`));
    const results = JSON.parse(readFileSync(join(reports, 'run-results.json'), 'utf8')) as { tests: { outcome: string; failure?: string; skipReason?: string }[] };
    const failed = results.tests.filter((t) => t.outcome === 'failed');
    // The reporter handles a test's end in the main process, while the workers go on: on a busy machine a worker can
    // fail several fast tests more before the breaker's file is written (19 of a tripping 10 were seen on a loaded VM).
    // What the breaker promises is that the run stops early, not after exactly TRIP_AFTER.
    assert.ok(failed.length >= TRIP_AFTER && failed.length <= 3 * TRIP_AFTER, `${failed.length} tests failed before the breaker stopped the run`);
    assert.deepEqual([...new Set(failed.map((t) => t.failure))], ['environment-error']);
    assert.ok(results.tests.filter((t) => t.skipReason?.startsWith('not run: the environment looks down')).length > results.tests.length / 2);
    rmSync(reports, { recursive: true, force: true });
  });
});
