import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Exploration } from '../../harness/exploration/explore';
import { freePort, runExplore } from './run-suite';

/** `npm run explore` against an embedded reference sandbox of its own, with these faults planted. */
async function explore(args: string[], faults: string[] = []): Promise<{ status: number | null; exploration: Exploration; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'explore-'));
  try {
    const { status, stderr } = await runExplore(dir, { SANDBOX_PORT: String(await freePort()), SANDBOX_FAULTS: faults.join(',') }, args);
    return { status, stderr, exploration: JSON.parse(readFileSync(join(dir, 'exploration.json'), 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the clean reference sandbox: 200 sequences, every operation of the model reached, no finding', async () => {
  const { status, exploration, stderr } = await explore(['--runs', '200', '--seed', '1']);
  assert.equal(status, 0, stderr.trim().split('\n').slice(-3).join(' | '));
  assert.equal(exploration.finding, undefined);
  assert.equal(exploration.sequences, 200);
  assert.deepEqual(Object.keys(exploration.operations).sort(), ['fetchCardBalance', 'fetchTransactions', 'loadWallet', 'markLien', 'updateWalletStatus']);
});

test('planted fault "lien-not-held": found, shrunk to at most 6 steps, and replayed from its printed command', async () => {
  const { status, exploration } = await explore(['--runs', '200', '--seed', '1'], ['lien-not-held']);
  assert.equal(status, 1);
  const finding = exploration.finding!;
  assert.equal(finding.rule, 'WALLET-LIEN-001');
  assert.ok(finding.steps.length <= 6, `${finding.steps.length} steps: ${finding.steps.map((s) => s.command).join('; ')}`);
  assert.ok(finding.steps.every((s) => s.curls.every((curl) => curl.includes('Bearer ****'))), 'every curl line is masked');
  const args = finding.replay.replace(/^npm run explore -- /, '').split(' ');
  const replayed = await explore(args, ['lien-not-held']);
  assert.equal(replayed.exploration.sequences, 1, 'the replay ran the one sequence');
  assert.deepEqual(replayed.exploration.finding?.steps.map((s) => s.command), finding.steps.map((s) => s.command));
});
