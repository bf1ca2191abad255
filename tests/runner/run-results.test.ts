import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { diffMarkdown, diffRuns } from '../../runner/run-diff';
import { type RunResults, type RunTest, runTestsFrom } from '../../runner/run-results';

// A spec as the JSON report gives it, declared like harness/reporting/covers.ts does: the IDs are its tags and head its title.
const spec = (ids: string[], text: string, status: string, expectedStatus: string, annotations: { type: string; description: string }[] = []) => ({
  title: `${ids.map((id) => `[${id}]`).join(' ')} ${text}`,
  tags: ids.map((id) => `@${id}`),
  file: 'wallet/lien.limits.spec.ts',
  tests: [{ status, expectedStatus, annotations: [], results: [{ duration: 5, annotations }] }],
});

test('a test\'s outcome, why it failed, and what its exchanges answered come from the JSON report', () => {
  const report = {
    suites: [{ suites: [{ specs: [
      spec(['A-LIMIT-001', 'WALLET-LIEN-001'], 'passes', 'expected', 'passed', [{ type: 'exchange', description: 'markLien 200 shape:0123456789ab' }]),
      spec(['WALLET-LIEN-004'], 'breaks a rule', 'unexpected', 'passed', [{ type: 'violation', description: 'WALLET-LIEN-004' }]),
      spec(['CONTRACT-SCHEMA-001'], 'breaks the contract', 'unexpected', 'passed', [{ type: 'violation', description: 'CONTRACT-SCHEMA-001' }, { type: 'violation', description: 'WALLET-LIEN-001' }]),
      spec(['WALLET-LIEN-002'], 'times out', 'unexpected', 'passed', [{ type: 'violation', description: 'WALLET-LIEN-002' }, { type: 'environment-error', description: 'timeout' }]),
      spec(['WALLET-LIEN-003'], 'throws', 'unexpected', 'passed'),
      spec(['WALLET-LIEN-005'], 'known deviation', 'expected', 'failed'),
      spec(['WALLET-LIEN-006'], 'deviation that passed', 'unexpected', 'failed'),
      spec(['CUST-CELL-001', 'CUST-STATUS-001'], 'skipped', 'skipped', 'skipped', [{ type: 'exchange', description: 'trackCardDelivery no-response' }]),
    ] }] }],
  };
  const tests = runTestsFrom(report);
  assert.deepEqual(tests.map((t) => [t.outcome, t.failure]), [
    ['passed', undefined], ['failed', 'business-rule-violation'], ['failed', 'contract-violation'], ['failed', 'environment-error'],
    ['failed', 'test-defect'], ['known-deviation', undefined], ['deviation-passed', undefined], ['skipped', undefined],
  ]);
  assert.deepEqual(tests[0].exchanges, [{ operationId: 'markLien', status: 200, shape: '0123456789ab' }]);
  assert.deepEqual(tests[7].exchanges, [{ operationId: 'trackCardDelivery' }]);
  assert.deepEqual(tests[0].ids, ['A-LIMIT-001', 'WALLET-LIEN-001']);
});

test('a skipped matrix cell of an unreachable status, and a test a side of a point rules out, are not applicable', () => {
  const report = {
    suites: [{ suites: [{ specs: [
      spec(['CARD-CELL-010', 'CARD-STATUS-005'], 'skipped', 'skipped', 'skipped', [{ type: 'matrix-unreachable', description: 'card-status CARD-CELL-010' }]),
      spec(['CARD-ACTIVATE-001'], 'skipped', 'skipped', 'skipped', [{ type: 'not-applicable', description: 'issued-card-status=ACTIVE' }]),
      spec(['AUTH-TENANT-003'], 'skipped', 'skipped', 'skipped', [{ type: 'skip', description: 'needs SECOND_TENANT_*' }]),
    ] }] }],
  };
  assert.deepEqual(runTestsFrom(report).map((t) => t.unreachable), [true, true, undefined]);
});

test('a test\'s IDs are the tags it declares, whatever its title says', () => {
  const report = { suites: [{ specs: [{ ...spec([], 'CLOSED → ACTIVE stays [CLOSED-001]', 'expected', 'passed'), tags: ['@CUST-CELL-100', '@CUST-STATUS-003'] }] }] };
  assert.deepEqual(runTestsFrom(report)[0].ids, ['CUST-CELL-100', 'CUST-STATUS-003']);
});

const run = (tests: Partial<RunTest>[]): RunResults => ({
  format: 'm2p-conformance-run/1', environment: 'reference', baseUrl: 'http://x', tenant: 'XXXXXCORP', suiteVersion: '0.1.0', commit: 'abc',
  contractHash: 'h', catalogueVersion: '1.5.0', seed: '1', startedAt: '2026-11-26T00:00:00Z', finishedAt: '2026-11-26T00:01:00Z',
  tests: tests.map((t) => ({ title: 't', file: 'f', ids: [], outcome: 'passed', violations: [], exchanges: [], durationMs: 1, ...t })),
});

test('the diff lists new failures, fixes, other changed outcomes, added and gone tests, changed cells and shapes', () => {
  const baseline = run([
    { title: 'a', outcome: 'passed' },
    { title: 'b', outcome: 'failed' },
    { title: 'c', outcome: 'passed' },
    { title: '[CUST-CELL-001] cell', ids: ['CUST-CELL-001'], outcome: 'passed', exchanges: [{ operationId: 'op', status: 200, shape: 'aaaaaaaaaaaa' }] },
    { title: 'gone', outcome: 'passed' },
  ]);
  const current = run([
    { title: 'a', outcome: 'failed' },
    { title: 'b', outcome: 'passed' },
    { title: 'c', outcome: 'skipped' },
    { title: '[CUST-CELL-001] cell', ids: ['CUST-CELL-001'], outcome: 'passed', exchanges: [{ operationId: 'op', status: 200, shape: 'bbbbbbbbbbbb' }, { operationId: 'op', status: 409, businessCode: 'PPCUST_032' }] },
    { title: 'new', outcome: 'failed' },
  ]);
  const diff = diffRuns(baseline, current);
  assert.deepEqual(diff.newFailures.map((c) => [c.title, c.before, c.after]), [['a', 'passed', 'failed'], ['new', undefined, 'failed']]);
  assert.deepEqual(diff.fixed.map((c) => c.title), ['b']);
  assert.deepEqual(diff.changedOutcomes.map((c) => [c.title, c.before, c.after]), [['c', 'passed', 'skipped']]);
  assert.deepEqual([diff.added, diff.removed], [['new'], ['gone']]);
  assert.deepEqual(diff.matrixCells.map((c) => c.answersAfter), [['op 200', 'op 409 PPCUST_032']]);
  assert.deepEqual(diff.shapes, [{ operationId: 'op', status: 200, before: ['aaaaaaaaaaaa'], after: ['bbbbbbbbbbbb'] }]);
  assert.match(diffMarkdown(diff), /## New failures \(2\)\n\n- a: passed → failed\n- new: absent → failed/);
});

test('a run made while titles began with their IDs diffs against one whose titles do not, with no spurious change', () => {
  const ids = ['CUST-CELL-100', 'CUST-STATUS-003'];
  const before = run([{ title: '[CUST-CELL-100] [CUST-STATUS-003] CLOSED → ACTIVE is rejected', ids, outcome: 'passed' }, { title: '[CUST-STATUS-001] gone', ids: ['CUST-STATUS-001'] }]);
  const after = run([{ title: 'CLOSED → ACTIVE is rejected', ids, outcome: 'failed' }, { title: 'new', ids: ['CUST-STATUS-001'] }]);
  const diff = diffRuns(before, after);
  assert.deepEqual(diff.newFailures.map((c) => c.title), ['[CUST-CELL-100] [CUST-STATUS-003] CLOSED → ACTIVE is rejected']);
  assert.deepEqual([diff.added, diff.removed], [['[CUST-STATUS-001] new'], ['[CUST-STATUS-001] gone']]);
  assert.deepEqual(diffRuns(after, after), { ...diffRuns(after, after), newFailures: [], fixed: [], changedOutcomes: [], added: [], removed: [] });
});

test('npm run diff exits 1 on a new failure, 0 without, and 2 with one line for a path that holds no run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diff-'));
  try {
    const write = (name: string, outcome: RunTest['outcome']) => {
      writeFileSync(join(dir, name), JSON.stringify(run([{ title: 'a', outcome }])));
      return join(dir, name);
    };
    const [good, bad] = [write('good.json', 'passed'), write('bad.json', 'failed')];
    const diff = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'runner/diff.ts', ...args], { encoding: 'utf8', env: { ...process.env, REPORTS_DIR: dir } });
    assert.equal(diff(good, bad).status, 1);
    assert.match(readFileSync(join(dir, 'regression.md'), 'utf8'), /## New failures \(1\)\n\n- a: passed → failed/);
    assert.equal(diff(bad, good).status, 0);
    const missing = diff(join(dir, 'nowhere'), good);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^diff: .*nowhere: no run results here/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
