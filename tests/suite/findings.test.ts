import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import type { Certification } from '../../runner/certification';
import { REJUDGED_DIR, REJUDGED_FILES } from '../../runner/recorded-exchanges';
import type { RejudgedRun } from '../../runner/rejudge-run';
import { freePort, runConformance, runRejudge } from './run-suite';

/** Specs whose tests nearly all create a customer (the customer matrix is some two hundred), plus the token's, which creates none. */
const SPECS = ['specs/test-data', 'specs/authentication', 'specs/customer/update-status.spec.ts', 'specs/customer/update-status.transitions.spec.ts'];

/** The names of the Allure report's finding categories, from the data its single HTML file embeds (base64 JSON). */
function allureFindingCategories(indexHtml: string): string[] {
  const names = new Set<string>();
  for (const [, data] of indexHtml.matchAll(/"([A-Za-z0-9+/=]{100,})"/g)) {
    const text = Buffer.from(data, 'base64').toString('utf8');
    for (const [, name] of text.matchAll(/"type":"category","name":"(Finding [^"]*)"/g)) names.add(name);
  }
  return [...names];
}

/**
 * Runs the specs against the embedded sandbox with `faults` planted, with certification; returns what a reader sees,
 * and the run's recording judged again offline (npm run rejudge) with its exit status.
 */
async function certifiedRun(faults: string[]): Promise<{ certification: Certification; categories: string[]; rejudged: RejudgedRun; rejudgedCertification: Certification; rejudgeStatus: number | null }> {
  const reports = mkdtempSync(join(tmpdir(), 'findings-'));
  try {
    const run = await runConformance(reports, { SANDBOX_PORT: String(await freePort()), SANDBOX_FAULTS: faults.join(',') }, ['--certify', ...SPECS]);
    assert.equal(run.status, 1, run.stderr);
    const rejudge = await runRejudge(reports);
    return {
      certification: JSON.parse(readFileSync(join(reports, 'certification', 'certification.json'), 'utf8')),
      categories: allureFindingCategories(readFileSync(join(reports, 'allure-report', 'index.html'), 'utf8')),
      rejudged: JSON.parse(readFileSync(join(reports, REJUDGED_DIR, REJUDGED_FILES.json), 'utf8')),
      rejudgedCertification: JSON.parse(readFileSync(join(reports, REJUDGED_DIR, 'certification', 'certification.json'), 'utf8')),
      rejudgeStatus: rejudge.status,
    };
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

test('a broken createCustomer answer is one finding that blocked the tests that create a customer, in the certification and in Allure', async () => {
  const { certification, categories, rejudged, rejudgedCertification, rejudgeStatus } = await certifiedRun(['customer-created-as-text']);
  assert.equal(certification.findings.length, 1, JSON.stringify(certification.findings.map((f) => f.id)));
  const [finding] = certification.findings;
  assert.deepEqual([finding.requirement, finding.operation, finding.status], ['CONTRACT-CT-001', 'createCustomer', 200]);
  assert.ok(finding.blocked > 100 && finding.blocked < finding.tests, `${finding.tests} tests, ${finding.blocked} blocked: the test of creating a customer owns it`);
  assert.match(finding.curl ?? '', /^curl -sS -X POST '.*\/customers\/'/);
  assert.deepEqual(categories, [`Finding ${finding.id} CONTRACT-CT-001 createCustomer 200 ${finding.where} (${finding.tests} test(s), ${finding.blocked} blocked)`]);
  // The recording judged again offline finds the same defect in the same tests, and nothing the live run did not report.
  assert.equal(rejudged.sameVerdict && rejudgeStatus, 0);
  const seeing = rejudged.tests.filter((t) => t.violations.length > 0);
  assert.deepEqual([...new Set(seeing.flatMap((t) => t.violations))], ['CONTRACT-CT-001']);
  assert.equal(seeing.length, finding.tests, 'the tests that saw it, re-judged and live');
  // And writes the certification a live run would: the same verdict, blocking requirements and findings, marked re-judged.
  const facts = (c: Certification) => [c.verdict, c.blocking.map((b) => b.id), c.findings.map((f) => `${f.id} ${f.tests} ${f.blocked}`)];
  assert.deepEqual(facts(rejudgedCertification), facts(certification));
  assert.equal(rejudgedCertification.rejudged?.recordedBy.startedAt, certification.startedAt);
});

test('two independent faults are two findings; one on an inferred constraint is a warning that blocks nothing', async () => {
  const { certification, categories } = await certifiedRun(['customer-created-without-id', 'token-short-lifetime']);
  assert.deepEqual(certification.findings.map((f) => `${f.requirement} ${f.operation}`).sort(), ['AUTH-TOKEN-001 issueToken', 'CONTRACT-SCHEMA-002 createCustomer']);
  assert.equal(categories.length, 2);
  // No page documents createCustomer's answer: every test that makes a customer saw the missing customerId, none stopped.
  const inferred = certification.findings.find((f) => f.requirement === 'CONTRACT-SCHEMA-002')!;
  assert.equal(inferred.warning, true);
  assert.ok(inferred.tests > 100, `${inferred.tests} tests saw it`);
  assert.equal(inferred.blocked, 0);
  assert.ok(!certification.blocking.some((b) => b.id.startsWith('CONTRACT-SCHEMA') || b.id.startsWith('CUST-STATUS')), JSON.stringify(certification.blocking));
});
