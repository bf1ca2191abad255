import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { annotationsOf } from '../../harness/reporting/annotations';
import { excuseLine } from '../../harness/verdicts/contract-deviations';
import type { Deviation } from '../../harness/verdicts/deviation';
import { runSuite, type SuiteRun, violatedRequirements } from './run-suite';

/**
 * The proof of known deviations at the grain of a contract finding. `error-status-mismatch` breaks one contract check
 * on one operation and status (CONTRACT-ERR-001: a 409 of markLien whose body says 400) and no business rule, so an
 * entry naming that operation must turn the lien rows that see such an answer green again, noted, and an entry for
 * another status must not. The lien rows are the only spec run: they are where markLien answers 409.
 */
const FAULT = 'error-status-mismatch';
const SPEC = 'specs/wallet/lien.limits.spec.ts';
const REQUIREMENT = 'CONTRACT-ERR-001';
const REASON = 'problem bodies of markLien carry 400 for a 409, ticket PLAT-77';

const dir = mkdtempSync(join(tmpdir(), 'contract-deviations-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The reference profile with these deviations, as a file of its own, and a run of the lien rows against the fault. */
async function runWith(name: string, deviations: Deviation[]): Promise<{ run: SuiteRun; file: string }> {
  const { environment, interpretations } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'expectations', 'reference.json'), 'utf8'));
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ environment, interpretations, deviations }));
  const run = await runSuite({ faults: [FAULT], port: 0, inProcess: true, args: [SPEC], env: { EXPECTATIONS_FILE: file } });
  assert.ok(run.tests.length > 0, `no test ran: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { run, file };
}

/** What this proof reads of Playwright's JSON report beyond the outcomes runSuite gives. */
interface ReportSpec {
  title: string;
  tests: { expectedStatus: string; results: { annotations?: { type: string; description?: string }[] }[] }[];
}
interface ReportSuite {
  specs?: ReportSpec[];
  suites?: ReportSuite[];
}

function specsOf(run: SuiteRun): ReportSpec[] {
  const all = (suite: ReportSuite): ReportSpec[] => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(all)];
  return ((run.report?.suites ?? []) as ReportSuite[]).flatMap(all);
}

/** Title → the `known-deviation` notes of that test, for the tests that have any. */
function knownDeviationNotes(run: SuiteRun): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const spec of specsOf(run)) {
    const found = annotationsOf(spec.tests.flatMap((t) => t.results.flatMap((r) => r.annotations ?? [])), 'known-deviation');
    if (found.length > 0) notes.set(spec.title, [...new Set(found.map(excuseLine))]);
  }
  return notes;
}

const failedTitles = (run: SuiteRun) => run.tests.filter((t) => t.outcome === 'unexpected').map((t) => t.title).sort();

// The three runs are independent: two at a time, one worker each, as the proof of planted faults runs them.
describe(`a known deviation of ${REQUIREMENT} on markLien 409, against the planted fault "${FAULT}"`, { concurrency: 2 }, () => {
  const entry: Deviation = { id: REQUIREMENT, operation: 'markLien', status: 409, reason: REASON, expires: '2099-01-01' };
  const without = runWith('without', []);

  test(`without the entry, the lien rows that answer 409 fail on ${REQUIREMENT} alone`, async () => {
    const { run } = await without;
    assert.notEqual(run.exitCode, 0, 'the rows passed with the fault planted');
    assert.deepEqual(violatedRequirements(run), [REQUIREMENT]);
    assert.deepEqual(knownDeviationNotes(run), new Map());
  });

  test('with the entry, the run passes, no test is an expected failure, and the rows that answered 409 carry the note', async () => {
    const [{ run, file }, { run: before }] = await Promise.all([runWith('excused', [entry]), without]);
    assert.equal(run.exitCode, 0, `the run failed: ${failedTitles(run).join(' | ')}`);
    assert.deepEqual(failedTitles(run), []);
    const expectedToFail = specsOf(run).filter((spec) => spec.tests.some((t) => t.expectedStatus !== 'passed'));
    assert.deepEqual(expectedToFail.map((spec) => spec.title), [], 'an entry with an operation never turns a test into test.fail');
    const notes = knownDeviationNotes(run);
    assert.deepEqual([...notes.keys()].sort(), failedTitles(before), 'exactly the tests that failed without the entry are noted');
    for (const described of notes.values()) assert.deepEqual(described, [`${REQUIREMENT} on markLien 409: ${REASON} (${file})`]);
  });

  test('an entry for another status of the operation excuses nothing', async () => {
    const [{ run }, { run: before }] = await Promise.all([runWith('other-status', [{ ...entry, status: 400 }]), without]);
    assert.notEqual(run.exitCode, 0);
    assert.deepEqual(violatedRequirements(run), [REQUIREMENT]);
    assert.deepEqual(failedTitles(run), failedTitles(before));
    assert.deepEqual(knownDeviationNotes(run), new Map());
  });
});
