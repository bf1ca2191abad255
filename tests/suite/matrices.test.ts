import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { freePort, runSuite } from './run-suite';

const CARD_SPEC = 'specs/card/update-status.transitions.spec.ts';
const root = join(import.meta.dirname, '..', '..');

/** Runs `body` with a temporary folder, removed afterwards. */
async function inTempDir(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'matrices-'));
  try {
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The card matrix against a sandbox where a LOCKED card can be blocked (CARD-CELL-006 fails), with an expectations file. */
async function cardRun(dir: string, deviations: unknown[], port: number) {
  const file = join(dir, 'expectations.json');
  writeFileSync(file, JSON.stringify({ environment: 'reference', deviations }));
  return runSuite({ faults: ['card-block-from-locked'], port, inProcess: true, args: [CARD_SPEC], env: { EXPECTATIONS_FILE: file } });
}

const outcomeOf = (run: Awaited<ReturnType<typeof runSuite>>, cell: string) => run.tests.find((t) => t.matrixCell === `card-status ${cell} partner`)?.outcome;

describe('known deviations and matrix discovery', { concurrency: 2 }, () => {
  test('a known deviation makes its failure expected, and a deviation whose test passes is reported', async () => {
    await inTempDir(async (dir) => {
      const run = await cardRun(dir, [
        { id: 'CARD-CELL-006', reason: 'this environment blocks LOCKED cards, ticket PLAT-1' },
        { id: 'CARD-CELL-001', reason: 'locking was broken here, ticket PLAT-2' },
      ], 4251);
      assert.equal(outcomeOf(run, 'CARD-CELL-006'), 'expected');
      assert.deepEqual(run.tests.filter((t) => t.outcome === 'unexpected').map((t) => t.matrixCell), ['card-status CARD-CELL-001 partner']);
      assert.notEqual(run.exitCode, 0);
    });
  });

  test('a deviation past its expiry day excuses nothing; one naming a requirement covers every test naming it', async () => {
    await inTempDir(async (dir) => {
      const run = await cardRun(dir, [
        { id: 'CARD-CELL-006', reason: 'this environment blocks LOCKED cards, ticket PLAT-1', expires: '2020-01-01' },
        { id: 'CARD-STATUS-004', reason: 'an agreed deviation that no longer fails' },
      ], 4252);
      assert.equal(outcomeOf(run, 'CARD-CELL-006'), 'unexpected');
      assert.deepEqual(['CARD-CELL-007', 'CARD-CELL-008'].map((cell) => outcomeOf(run, cell)), ['unexpected', 'unexpected'], 'CARD-STATUS-004 cells pass, so their deviation is reported');
    });
  });

  test('a malformed expectations file stops the run before any test, in one line naming the file', async () => {
    await inTempDir(async (dir) => {
      const file = join(dir, 'expectations.json');
      writeFileSync(file, JSON.stringify({ environment: 'reference', deviations: [{ id: 'CARD-CELL-006' }] }));
      const run = await runSuite({ port: 4253, inProcess: true, args: [CARD_SPEC], env: { EXPECTATIONS_FILE: file } });
      assert.equal(run.exitCode, 2);
      assert.equal(run.tests.length, 0);
      const lines = run.stderr.trim().split('\n').filter((l) => l.startsWith('conformance:'));
      assert.deepEqual(lines, [`conformance: ${file}: /deviations/0 must have required property 'reason'`]);
    });
  });

  test('--discover-matrices writes the observed matrices and a diff that lists exactly the changed cell, and fails', async () => {
    await inTempDir(async (dir) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'runner/conformance.ts', '--discover-matrices', '--grep', '@CARD-CELL'], {
        cwd: root,
        env: { ...process.env, CI: '', CONFORMANCE_ENV: '', BASE_URL: '', REPORTS_DIR: dir, SANDBOX_PORT: String(await freePort()), SANDBOX_FAULTS: 'card-block-from-locked', WORKERS: '1' },
        encoding: 'utf8',
      });
      assert.equal(run.status, 1, run.stderr);
      assert.ok(existsSync(join(dir, 'matrices', 'diff.json')), `no diff was written: ${run.stdout.split('\n').slice(0, 3).join(' | ')}`);
      const diff = JSON.parse(readFileSync(join(dir, 'matrices', 'diff.json'), 'utf8'));
      const disagreements = diff.matrices.flatMap((m: { disagreements: { cell: string; observed: string }[] }) => m.disagreements);
      assert.deepEqual(disagreements.map((d: { cell: string; observed: string }) => `${d.cell}: ${d.observed}`), ['CARD-CELL-006: 200, becomes BLOCKED']);
      const observed = JSON.parse(readFileSync(join(dir, 'matrices', 'card-status.observed.json'), 'utf8'));
      assert.equal(observed.environment, 'reference');
      assert.deepEqual(observed.cells.find((c: { id: string }) => c.id === 'CARD-CELL-006').expect, [{ actor: 'partner', status: 200, becomes: 'BLOCKED' }]);
      assert.match(readFileSync(join(dir, 'matrices', 'diff.md'), 'utf8'), /\| CARD-CELL-006 \| LOCKED → BLOCKED \| partner \| 409 PPCUST_032, stays LOCKED \| 200, becomes BLOCKED \|/);
    });
  });
});
