import assert from 'node:assert/strict';
import test from 'node:test';
import type { SeenFinding } from '../../harness/reporting/findings';
import type { Requirement } from '../../harness/reporting/requirements';
import { findingCategories } from '../../runner/allure-categories';
import { certificationMarkdown } from '../../runner/certification-pages';
import { certify } from '../../runner/certification';
import { diffRuns } from '../../runner/run-diff';
import { runFindings } from '../../runner/run-findings';
import { type RunResults, runFindingsFrom, runTestsFrom } from '../../runner/run-results';

// One broken createCustomer answer, as three tests see it: the test of creating a customer owns it, two others only
// met it in their set-up. And an unrelated defect of the token endpoint.
const schema: Omit<SeenFinding, 'setup'> = {
  id: 'F-0000aaaa', check: 'response_schema_conformance', operation: 'createCustomer', status: 200, where: "/result must have required property 'customerId'",
  requirement: 'CONTRACT-SCHEMA-001', kind: 'contract', message: 'the 200 body does not match', curl: "curl -sS -X POST 'http://x/customers'",
};
const token: Omit<SeenFinding, 'setup'> = {
  id: 'F-0000bbbb', check: 'expected_outcome', operation: 'issueToken', status: 200, where: 'expected 3600', requirement: 'AUTH-TOKEN-001', kind: 'business', message: 'expires_in',
};
const annotations = (seen: SeenFinding[], violations: string[], setupViolations: string[]) => [
  ...seen.map((f) => ({ type: 'finding', description: JSON.stringify(f) })),
  ...violations.map((description) => ({ type: 'violation', description })),
  ...setupViolations.map((description) => ({ type: 'setup-violation', description })),
];
const spec = (title: string, tags: string[], status: string, notes: { type: string; description: string }[] = []) => ({
  title, tags, file: 'f.spec.ts', tests: [{ status, expectedStatus: 'passed', annotations: [], results: [{ duration: 1, annotations: notes }] }],
});
const report = {
  suites: [{ specs: [
    spec('[DATA-CUSTOMER-001] creates', ['@DATA-CUSTOMER-001'], 'unexpected', annotations([{ ...schema, setup: false }], ['CONTRACT-SCHEMA-001', 'DATA-CUSTOMER-001'], [])),
    spec('[CUST-STATUS-001] changes status', ['@CUST-STATUS-001'], 'unexpected', annotations([{ ...schema, setup: true }], [], ['CONTRACT-SCHEMA-001', 'DATA-CUSTOMER-001'])),
    spec('[CUST-STATUS-002] same status', ['@CUST-STATUS-002'], 'unexpected', annotations([{ ...schema, setup: true }], [], ['CONTRACT-SCHEMA-001', 'DATA-CUSTOMER-001'])),
    spec('[AUTH-TOKEN-001] lasts an hour', ['@AUTH-TOKEN-001'], 'unexpected', annotations([{ ...token, setup: false }], ['AUTH-TOKEN-001'], [])),
    spec('[CUST-STATUS-005] unknown customer', ['@CUST-STATUS-005'], 'expected'),
  ] }],
};

const run = (findings = runFindingsFrom(report)): RunResults => ({
  format: 'm2p-conformance-run/1', environment: 'sandbox', baseUrl: 'https://sandbox.example', tenant: 'XXXXXCORP', suiteVersion: '0.1.0',
  commit: 'abc', contractHash: 'h', catalogueVersion: '1.9.0', seed: '1', startedAt: '2026-11-30T00:00:00Z', finishedAt: '2026-11-30T00:01:00Z',
  findings, tests: runTestsFrom(report),
});

test('a run lists each defect once, with the tests it failed and blocked, the first of them and its curl', () => {
  assert.deepEqual(runFindingsFrom(report), [
    { ...schema, tests: 3, blocked: 2, firstTest: '[DATA-CUSTOMER-001] creates' },
    { ...token, tests: 1, blocked: 0, firstTest: '[AUTH-TOKEN-001] lasts an hour' },
  ]);
});

test('a test that only its set-up saw a finding in is blocked by it, and violates none of its own requirements', () => {
  const tests = runTestsFrom(report);
  assert.deepEqual(tests.map((t) => t.failure), ['contract-violation', 'blocked', 'blocked', 'business-rule-violation', undefined]);
  assert.deepEqual(tests[1].blockedBy, ['F-0000aaaa']);
  assert.deepEqual(tests[1].violations, []);
  assert.deepEqual(tests[1].setupViolations, ['CONTRACT-SCHEMA-001', 'DATA-CUSTOMER-001']);
  assert.deepEqual(tests[0].findings, ['F-0000aaaa']);
  assert.equal(tests[0].blockedBy, undefined);
});

test('a finding seen by the test itself and by its set-up counts once, as the test\'s own', () => {
  const both = { title: 't', annotations: annotations([{ ...schema, setup: true }, { ...schema, setup: false }], [], []), failed: true };
  assert.deepEqual(runFindings([both]).map((f) => [f.tests, f.blocked]), [[1, 0]]);
  assert.deepEqual(runFindings([{ ...both, failed: false }]), [], 'passed and excused tests carry no defect');
});

test('certification lists the findings first, and says which finding blocked a requirement it could not judge', () => {
  const catalogue = ['CONTRACT-SCHEMA-001', 'CUST-STATUS-001', 'AUTH-TOKEN-001'].map(
    (id) => ({ id, level: 'MUST', title: `rule ${id}`, area: 'Customer', story: 'success', operation: null, source: 'https://dev.m2p.app/docs/prepaidv2/x', provenance: 'documented' }) as Requirement,
  );
  const c = certify(run(), catalogue, { deviations: [], confirms: [] }, {});
  assert.deepEqual(c.findings.map((f) => f.id), ['F-0000aaaa', 'F-0000bbbb']);
  assert.deepEqual(c.blocking.map((b) => [b.id, b.why]), [
    ['CONTRACT-SCHEMA-001', 'violated'],
    ['CUST-STATUS-001', 'could not be judged: its tests were blocked by F-0000aaaa (a set-up step failed)'],
    ['AUTH-TOKEN-001', 'violated'],
  ]);
  const markdown = certificationMarkdown(c);
  assert.ok(markdown.indexOf('## Findings: distinct defects, with the tests each failed (2)') < markdown.indexOf('## Blocking requirements'));
  assert.match(markdown, /F-0000aaaa CONTRACT-SCHEMA-001 createCustomer 200 \/result must have required property 'customerId': 3 test\(s\), 2 of them blocked; first seen by "\[DATA-CUSTOMER-001\] creates"/);
  assert.match(markdown, /Reproduce: curl -sS -X POST/);
});

test('the Allure report gets one category per finding, matching the ID its failure messages carry', () => {
  const [first] = findingCategories(runFindingsFrom(report));
  assert.match(first.name, /^Finding F-0000aaaa CONTRACT-SCHEMA-001 createCustomer 200 .* \(3 test\(s\), 2 blocked\)$/);
  assert.ok(new RegExp(first.messageRegex).test("BLOCKED: …\n[CONTRACT-SCHEMA-001] response_schema_conformance: … {F-0000aaaa}\nmore"));
  assert.ok(!new RegExp(first.messageRegex).test('[AUTH-TOKEN-001] expected_outcome: … {F-0000bbbb}'));
});

test('the regression diff compares findings: new, fixed and still there', () => {
  const before = run([{ ...token, tests: 1, blocked: 0, firstTest: 'x' }, { ...token, id: 'F-0000cccc', tests: 4, blocked: 0, firstTest: 'y' }]);
  const diff = diffRuns(before, run());
  assert.deepEqual(diff.findings.new.map((f) => [f.id, f.testsBefore, f.testsAfter]), [['F-0000aaaa', 0, 3]]);
  assert.deepEqual(diff.findings.fixed.map((f) => [f.id, f.testsBefore, f.testsAfter]), [['F-0000cccc', 4, 0]]);
  assert.deepEqual(diff.findings.stillThere.map((f) => f.id), ['F-0000bbbb']);
  assert.deepEqual(diffRuns({ ...before, findings: undefined }, run()).findings.new.length, 2, 'a baseline from before findings: all are new');
});

test('a warning blocks a test only when a set-up step stopped on it; a warning a passed test saw is still a finding', () => {
  const warning = { ...schema, id: 'F-0000cccc', requirement: 'CONTRACT-SCHEMA-002', warning: true as const };
  const refused = { ...token, id: 'F-0000dddd', operation: 'createCustomer', requirement: 'DATA-CUSTOMER-001', warning: true as const };
  const reported = {
    suites: [{ specs: [
      // The token fault failed this test; the customerId warning its set-up saw did not stop it, so it blocked nothing.
      spec('[CUST-STATUS-001] changes status', ['@CUST-STATUS-001'], 'unexpected', annotations([{ ...warning, setup: true }, { ...token, setup: false }], ['AUTH-TOKEN-001'], ['CONTRACT-SCHEMA-002'])),
      // createCustomer refused: the set-up step stopped on a warning's rule, which blocked the test.
      spec('[CUST-STATUS-002] same status', ['@CUST-STATUS-002'], 'unexpected', [
        ...annotations([{ ...refused, setup: true }], [], ['DATA-CUSTOMER-001']),
        { type: 'setup-stopped', description: 'DATA-CUSTOMER-001' },
      ]),
      spec('[CUST-STATUS-005] unknown customer', ['@CUST-STATUS-005'], 'expected', annotations([{ ...warning, setup: true }], [], ['CONTRACT-SCHEMA-002'])),
    ] }],
  };
  const tests = runTestsFrom(reported);
  assert.deepEqual(tests.map((t) => [t.failure, t.blockedBy, t.warnings]), [
    ['business-rule-violation', undefined, ['CONTRACT-SCHEMA-002']],
    ['blocked', ['F-0000dddd'], ['DATA-CUSTOMER-001']],
    [undefined, undefined, ['CONTRACT-SCHEMA-002']],
  ]);
  const byId = new Map(runFindingsFrom(reported).map((f) => [f.id, [f.tests, f.blocked]]));
  assert.deepEqual(byId.get('F-0000cccc'), [2, 0], 'seen by the failed test and the passed one, blocking neither');
  assert.deepEqual(byId.get('F-0000dddd'), [1, 1]);
});
