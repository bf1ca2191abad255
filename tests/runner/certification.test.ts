import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { operations } from '../../harness/contract/contract';
import type { Requirement } from '../../harness/reporting/requirements';
import { certificationHtml, certificationMarkdown } from '../../runner/certification-pages';
import { certify } from '../../runner/certification';
import { coverageOf } from '../../runner/coverage';
import { verifyManifest, writeManifest } from '../../runner/manifest';
import type { RunResults, RunTest } from '../../runner/run-results';
import type { Deviation } from '../../harness/verdicts/deviation';

const requirement = (id: string, level: Requirement['level']): Requirement =>
  ({ id, level, title: `rule ${id}`, area: 'Wallet', operation: 'markLien', source: 'https://dev.m2p.app/docs/prepaidv2/x', provenance: 'documented' }) as Requirement;
const catalogue = [requirement('WALLET-LIEN-001', 'MUST'), requirement('WALLET-LIEN-006', 'SHOULD'), requirement('CARD-STATUS-005', 'MUST')];

const run = (tests: Partial<RunTest>[]): RunResults => ({
  format: 'm2p-conformance-run/1', environment: 'sandbox', baseUrl: 'https://sandbox.example', tenant: 'XXXXXCORP', suiteVersion: '0.1.0',
  commit: 'abc', contractHash: 'h', catalogueVersion: '1.5.0', seed: '1', startedAt: '2026-11-26T00:00:00Z', finishedAt: '2026-11-26T00:01:00Z',
  tests: tests.map((t) => ({ title: 't', file: 'f', ids: [], outcome: 'passed', violations: [], exchanges: [], durationMs: 1, ...t })),
});
const lienHeld = { title: '[WALLET-LIEN-001] holds', ids: ['WALLET-LIEN-001'], exchanges: [{ operationId: 'markLien', status: 200, shape: 'aaaaaaaaaaaa' }] };
const unreachable = { title: '[CARD-CELL-010] [CARD-STATUS-005] x', ids: ['CARD-CELL-010', 'CARD-STATUS-005'], outcome: 'skipped' as const, unreachable: true as const };
/** A profile with these deviations and confirmed requirements, and no side picked. */
const profileWith = (deviations: Deviation[], confirms: string[] = []) => ({ deviations, confirms });
const zeroHeld = { title: '[WALLET-LIEN-006] zero', ids: ['WALLET-LIEN-006'] };

test('a run where every MUST held, or does not apply, is CERTIFIED', () => {
  const c = certify(run([lienHeld, unreachable, zeroHeld]), catalogue, profileWith([]), {});
  assert.equal(c.verdict, 'CERTIFIED');
  assert.deepEqual(c.requirements.map((r) => r.verdict), ['held', 'held', 'not-applicable']);
});

test('a violated MUST blocks certification; a violated SHOULD is only a warning', () => {
  const mustBroken = certify(run([{ ...lienHeld, outcome: 'failed', violations: ['WALLET-LIEN-001'] }, unreachable, zeroHeld]), catalogue, profileWith([]), {});
  assert.equal(mustBroken.verdict, 'NOT CERTIFIED');
  assert.deepEqual(mustBroken.blocking.map((b) => [b.id, b.why]), [['WALLET-LIEN-001', 'violated']]);
  const shouldBroken = certify(run([lienHeld, unreachable, { ...zeroHeld, outcome: 'failed', violations: ['WALLET-LIEN-006'] }]), catalogue, profileWith([]), {});
  assert.equal(shouldBroken.verdict, 'CERTIFIED');
  assert.deepEqual(shouldBroken.warnings.map((w) => w.id), ['WALLET-LIEN-006']);
});

test('a MUST the run could not judge, or did not try, blocks; a known deviation excuses and is listed with its reason', () => {
  const env = certify(run([{ ...lienHeld, outcome: 'failed', violations: [] }, unreachable]), catalogue, profileWith([]), {});
  assert.deepEqual(env.blocking.map((b) => b.verdict), ['unjudged']);
  const skipped = certify(run([{ ...lienHeld, outcome: 'skipped', skipReason: 'needs support-role credentials' }, unreachable]), catalogue, profileWith([]), {});
  assert.deepEqual(skipped.blocking.map((b) => b.why), ['not tried: needs support-role credentials']);
  const excused = certify(run([{ ...lienHeld, outcome: 'known-deviation' }, unreachable]), catalogue, profileWith([{ id: 'WALLET-LIEN-001', reason: 'TICKET-1', expires: '2027-01-01' }]), {});
  assert.equal(excused.verdict, 'CERTIFIED');
  assert.deepEqual(excused.deviationsApplied, [{ id: 'WALLET-LIEN-001', reason: 'TICKET-1', expires: '2027-01-01', tests: ['[WALLET-LIEN-001] holds'] }]);
  assert.match(certificationMarkdown(excused), /WALLET-LIEN-001: TICKET-1 \(until 2027-01-01\); excused 1 test/);
  assert.match(certificationHtml(env), /NOT CERTIFIED[\s\S]*WALLET-LIEN-001 rule WALLET-LIEN-001: could not be judged/);
});

test('a contract check\'s requirement is judged by every test that exchanged anything, whatever its title names', () => {
  const withContract = [...catalogue, requirement('CONTRACT-SCHEMA-001', 'MUST')];
  const c = certify(run([lienHeld, unreachable, zeroHeld]), withContract, profileWith([]), {});
  assert.deepEqual(c.requirements.find((r) => r.id === 'CONTRACT-SCHEMA-001'), { id: 'CONTRACT-SCHEMA-001', level: 'MUST', verdict: 'held', tests: 1 });
  const broken = certify(run([{ ...lienHeld, outcome: 'failed', violations: ['CONTRACT-SCHEMA-001'] }, unreachable]), withContract, profileWith([]), {});
  assert.deepEqual(broken.blocking.map((b) => b.id), ['WALLET-LIEN-001', 'CONTRACT-SCHEMA-001']);
});

test('coverage counts what was tried apart from what held, per answer, requirement and matrix, and lists undocumented answers', () => {
  const tests = [
    lienHeld,
    { title: '[WALLET-LIEN-006] rejected', ids: ['WALLET-LIEN-006'], outcome: 'failed' as const, violations: ['WALLET-LIEN-006'], exchanges: [{ operationId: 'markLien', status: 409, businessCode: 'PPCUST_999' }] },
    { title: '[CUST-CELL-001] [CUST-STATUS-001] a', ids: ['CUST-CELL-001', 'CUST-STATUS-001'], exchanges: [{ operationId: 'markLien', status: 418 }] },
    unreachable,
  ];
  const coverage = coverageOf(run(tests), operations(), catalogue);
  assert.deepEqual(coverage.totals.tests, { total: 4, tried: 3, held: 2 });
  assert.deepEqual(coverage.totals.requirements, { total: 3, tried: 2, held: 1 });
  const lien = coverage.operations.find((o) => o.operationId === 'markLien')!;
  assert.deepEqual(lien.answers.find((a) => a.status === '200'), { status: '200', exercised: true, held: true, tests: 1 });
  assert.equal(lien.answers.find((a) => a.status === '409' && !a.businessCode)?.held, false);
  assert.deepEqual(coverage.matrices, [{ matrix: 'customer-status', cells: 1, passed: 1, failed: 0, skipped: 0 }, { matrix: 'card-status', cells: 1, passed: 0, failed: 0, skipped: 1 }]);
  assert.deepEqual(coverage.undocumentedAnswers.map((f) => f.what).sort(), [
    'answered 409 with business code PPCUST_999, which the contract does not list',
    'answered 418, which the contract does not document',
  ]);
});

test('the manifest names a changed, a missing and an unlisted file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  try {
    for (const name of ['a.json', 'b.md', 'c.html']) writeFileSync(join(dir, name), name);
    writeManifest(dir);
    assert.deepEqual(verifyManifest(dir), []);
    writeFileSync(join(dir, 'a.json'), 'tampered');
    rmSync(join(dir, 'b.md'));
    writeFileSync(join(dir, 'd.txt'), 'new');
    assert.deepEqual(verifyManifest(dir), ['a.json: changed since the manifest was written', 'b.md: listed in MANIFEST.sha256 but missing', 'd.txt: not in MANIFEST.sha256']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an inferred MUST that the profile does not confirm is unconfirmed: listed, never blocking; confirmed, it blocks', () => {
  const inferredRule = { ...requirement('WALLET-LIEN-004', 'MUST'), provenance: 'inferred' as const };
  const withInferred = [...catalogue, inferredRule];
  const broken = run([lienHeld, unreachable, zeroHeld, { title: '[WALLET-LIEN-004] x', ids: ['WALLET-LIEN-004'], outcome: 'failed', violations: ['WALLET-LIEN-004'] }]);
  const open = certify(broken, withInferred, profileWith([]), {});
  assert.equal(open.verdict, 'CERTIFIED');
  assert.deepEqual(open.unconfirmed, [{ id: 'WALLET-LIEN-004', title: 'rule WALLET-LIEN-004', verdict: 'violated' }]);
  assert.ok(open.openPoints.some((p) => p.id === 'error-code-key'), 'a profile that picks nothing leaves every point open');
  assert.match(certificationMarkdown(open), /## Unconfirmed: MUST requirements that rest on inference[^\n]*\(1\)\n\n- WALLET-LIEN-004 rule WALLET-LIEN-004: violated/);
  const confirmed = certify(broken, withInferred, profileWith([], ['WALLET-LIEN-004']), { 'error-code-key': 'businessCode' });
  assert.deepEqual([confirmed.verdict, confirmed.blocking.map((b) => b.id), confirmed.unconfirmed], ['NOT CERTIFIED', ['WALLET-LIEN-004'], []]);
  assert.ok(!confirmed.openPoints.some((p) => p.id === 'error-code-key'));
  assert.match(certificationHtml(confirmed), /sides picked: error-code-key=businessCode; inferred requirements confirmed: WALLET-LIEN-004/);
});

test('a MUST that only tests of inferred cells or rows found violated is unconfirmed, unless the profile confirms it', () => {
  const inferredRow = { title: '[LIEN-LIMIT-009] [WALLET-LIEN-001] x', ids: ['LIEN-LIMIT-009', 'WALLET-LIEN-001'], outcome: 'failed' as const, violations: ['WALLET-LIEN-001'] };
  const onInference = certify(run([inferredRow, unreachable]), catalogue, profileWith([]), {}, new Set(['LIEN-LIMIT-009']));
  assert.equal(onInference.verdict, 'CERTIFIED');
  assert.deepEqual(onInference.unconfirmed.map((u) => u.id), ['WALLET-LIEN-001']);
  const confirmed = certify(run([inferredRow, unreachable]), catalogue, profileWith([], ['WALLET-LIEN-001']), {}, new Set(['LIEN-LIMIT-009']));
  assert.equal(confirmed.verdict, 'NOT CERTIFIED');
  const alsoDocumented = certify(run([inferredRow, { ...lienHeld, outcome: 'failed', violations: ['WALLET-LIEN-001'] }, unreachable]), catalogue, profileWith([]), {}, new Set(['LIEN-LIMIT-009']));
  assert.equal(alsoDocumented.verdict, 'NOT CERTIFIED', 'a documented test found it violated too');
});

test('a contract finding excused at exchange grain makes its check excused, and the deviation lists the tests it excused in', () => {
  const contract = [...catalogue, { ...requirement('CONTRACT-BC-001', 'MUST'), operation: null, area: 'Contract' } as Requirement];
  const deviation = { id: 'CONTRACT-BC-001', operation: 'markLien', status: 409, reason: 'TICKET-9 not yet documented' };
  const excused = { ...lienHeld, excused: [{ requirement: 'CONTRACT-BC-001', operation: 'markLien', status: 409, reason: 'TICKET-9 not yet documented', file: 'expectations/sandbox.json' }] };
  const c = certify(run([excused, unreachable]), contract, profileWith([deviation]), {});
  assert.equal(c.verdict, 'CERTIFIED');
  assert.equal(c.requirements.find((r) => r.id === 'CONTRACT-BC-001')?.verdict, 'excused');
  assert.deepEqual(c.deviationsApplied.map((d) => d.tests), [[lienHeld.title]], 'named by IDs and title');
});

test('a test that failed on warnings alone judged its MUST: held, and the SHOULD it broke is a warning (issue 20, mechanism 2)', () => {
  // One test names a documented MUST (the rule: refused) and an inferred SHOULD (the exact answer); it broke only the SHOULD.
  const both = { title: '[WALLET-LIEN-001] [WALLET-LIEN-006] refused', ids: ['WALLET-LIEN-001', 'WALLET-LIEN-006'], exchanges: lienHeld.exchanges };
  const c = certify(run([{ ...both, outcome: 'failed', failure: 'warning', violations: ['WALLET-LIEN-006'], warnings: ['WALLET-LIEN-006'] }, unreachable]), catalogue, profileWith([]), {});
  assert.equal(c.verdict, 'CERTIFIED');
  assert.deepEqual(c.requirements.map((r) => [r.id, r.verdict]), [['WALLET-LIEN-001', 'held'], ['WALLET-LIEN-006', 'violated'], ['CARD-STATUS-005', 'not-applicable']]);
  assert.deepEqual(c.warnings.map((w) => w.id), ['WALLET-LIEN-006']);
  // The same failure without the warnings-only class (a defect of the suite, an environment error) still cannot judge the MUST.
  const unclassified = certify(run([{ ...both, outcome: 'failed', violations: ['WALLET-LIEN-006'] }, unreachable]), catalogue, profileWith([]), {});
  assert.deepEqual(unclassified.blocking.map((b) => [b.id, b.verdict]), [['WALLET-LIEN-001', 'unjudged']]);
});

test('a warning a set-up step saw in a test that passed still breaks its requirement', () => {
  const c = certify(run([{ ...lienHeld, warnings: ['WALLET-LIEN-006'], setupViolations: ['WALLET-LIEN-006'] }, unreachable]), catalogue, profileWith([]), {});
  assert.equal(c.verdict, 'CERTIFIED');
  assert.deepEqual(c.warnings.map((w) => w.id), ['WALLET-LIEN-006']);
});

test('a MUST whose tests were blocked only by set-up steps resting on inference is "not judged here": listed, not blocking (issue 20, mechanism 3)', () => {
  const blocked = { ...lienHeld, outcome: 'failed' as const, failure: 'blocked' as const, blockedBy: ['F-00000001'], blockedOnInference: ['WALLET-CELL-034'] };
  const c = certify(run([blocked, unreachable, zeroHeld]), catalogue, profileWith([]), {});
  assert.equal(c.verdict, 'CERTIFIED');
  assert.deepEqual(c.requirements.map((r) => r.verdict), ['not-judged-here', 'held', 'not-applicable']);
  assert.deepEqual(c.notJudged.map((n) => [n.id, n.verdict, n.blocks]), [['WALLET-LIEN-001', 'not-judged-here', false]]);
  assert.match(c.notJudged[0].why, /rests on inference \(WALLET-CELL-034\)/);
  assert.match(certificationMarkdown(c), /## Not judged[\s\S]*WALLET-LIEN-001 \(MUST, does not block\)/);
  // Blocked by a documented step instead, the MUST is unjudged and blocks, and the list says so.
  const documented = certify(run([{ ...blocked, blockedOnInference: undefined }, unreachable, zeroHeld]), catalogue, profileWith([]), {});
  assert.deepEqual(documented.notJudged.map((n) => [n.id, n.verdict, n.blocks]), [['WALLET-LIEN-001', 'unjudged', true]]);
  // Not tried: the skip reason, which names the setting that tries it, is the why.
  const skipped = certify(run([{ ...lienHeld, outcome: 'skipped', skipReason: 'needs SUPPORT_CLIENT_ID' }, unreachable, zeroHeld]), catalogue, profileWith([]), {});
  assert.deepEqual(skipped.notJudged.map((n) => [n.verdict, n.why, n.blocks]), [['not-tried', 'not tried: needs SUPPORT_CLIENT_ID', true]]);
});

test('an exploration asked for has its own section: without a finding it says so and never blocks; a finding gives its steps and replay line', () => {
  const exploration = { seed: 3, sequences: 200, interrupted: false, operations: {}, outcomes: {} };
  const clean = certify(run([lienHeld, unreachable, zeroHeld]), catalogue, profileWith([]), {}, new Set(), exploration);
  assert.equal(clean.verdict, 'CERTIFIED');
  assert.match(certificationMarkdown(clean), /## Exploration: sequences checked against the model of the documented rules \(seed 3, 200 sequences\)\n\nNo finding: every answer of every sequence agreed with the model/);
  assert.doesNotMatch(certificationMarkdown(certify(run([lienHeld]), catalogue, profileWith([]), {})), /## Exploration/);
  const finding = { rule: 'WALLET-LIEN-001', also: [], predicted: 'total 10.00, held 10.00', received: 'total 10.00, held 0.00', steps: [{ command: 'credit 10.00', curls: [] }, { command: 'read the balance', curls: [] }], replay: 'npm run explore -- --seed 3 --path 1:0' };
  const found = certify(run([lienHeld]), catalogue, profileWith([]), {}, new Set(), { ...exploration, finding });
  assert.match(certificationHtml(found), /<li>Steps \(shrunk\): 1\. credit 10\.00; 2\. read the balance<\/li><li>Replay: npm run explore -- --seed 3 --path 1:0<\/li>/);
});
