import assert from 'node:assert/strict';
import test from 'node:test';
import { recordOf, type RecordedExchange } from '../../harness/reporting/exchange-recording';
import { requirements } from '../../harness/reporting/requirements';
import { certificationMarkdown } from '../../runner/certification-pages';
import { certify } from '../../runner/certification';
import { coverageOf } from '../../runner/coverage';
import { coverageMarkdown } from '../../runner/coverage-markdown';
import { rejudgeRun } from '../../runner/rejudge-run';
import { rejudgedResults } from '../../runner/rejudged-results';
import { RUN_RESULTS_FORMAT, type RunResults } from '../../runner/run-results';
import { exchange, miniOptions, OK_BODY } from '../harness/helpers';

const ofTest = { titlePath: ['things.spec.ts', 'a thing locks'], ids: ['CUST-STATUS-002'], project: '' };
const line = (verified?: RecordedExchange['verified']): RecordedExchange => ({ ...recordOf(ofTest, 1, exchange({ status: 200, body: OK_BODY })), ...(verified && { verified }) });
const refused = line([{ expectation: { status: 409, requirements: ['CUST-STATUS-002'] } }]);

const live: RunResults = {
  format: RUN_RESULTS_FORMAT, environment: 'reference', baseUrl: 'http://x', tenant: '****', suiteVersion: '0.9.0', commit: 'abc', contractHash: 'old', catalogueVersion: '1.0.0', seed: '1',
  startedAt: '2026-12-05T00:00:00.000Z', finishedAt: '2026-12-05T00:01:00.000Z', findings: [],
  tests: [{ title: 'a thing locks', file: 'things.spec.ts', ids: ['CUST-STATUS-002'], outcome: 'passed', violations: [], exchanges: [], sides: [], durationMs: 1 }],
};
const judging = { suiteVersion: '1.0.0', commit: 'def', contractHash: 'new', catalogueVersion: '2.0.0' };
const verdictOf = (run: RunResults, id: string) => certify(run, requirements.values(), { confirms: [], deviations: [] }, {}).requirements.find((r) => r.id === id)?.verdict;

test('a re-judged recording gives the results, findings, coverage and certification a live run with the current checks would, marked re-judged', () => {
  const results = rejudgedResults(live, rejudgeRun([refused], live, miniOptions), judging);
  const [t] = results.tests;
  assert.deepEqual([t.outcome, t.failure, t.violations], ['failed', 'business-rule-violation', ['CUST-STATUS-002']], 'a test that passed live fails now');
  assert.deepEqual(results.findings!.map((f) => [f.requirement, f.check, f.tests, f.firstTest]), [['CUST-STATUS-002', 'expected_outcome', 1, '[CUST-STATUS-002] a thing locks']]);
  assert.deepEqual(t.findings, [results.findings![0].id], 'the test names the defect it saw');
  assert.equal(verdictOf(results, 'CUST-STATUS-002'), 'violated');
  assert.deepEqual([results.suiteVersion, results.contractHash, results.catalogueVersion, results.seed, results.startedAt], ['1.0.0', 'new', '2.0.0', '1', live.startedAt], "the judging suite's facts, the recorded run's window and seed");
  const mark = /Re-judged from a recording made by suite version 0\.9\.0 \(abc\) on 2026-12-05T00:00:00\.000Z, by suite version 1\.0\.0 \(def\), with no network: 1 exchanges judged again/;
  assert.match(certificationMarkdown(certify(results, requirements.values(), { confirms: [], deviations: [] }, {})), mark);
  assert.match(coverageMarkdown(coverageOf(results, [], requirements.values())), mark);
});

test('a recording whose exchanges the current checks pass gives back the live results, under the judging suite and the mark', () => {
  const results = rejudgedResults(live, rejudgeRun([line()], live, miniOptions), judging);
  assert.deepEqual(results.tests, live.tests);
  assert.deepEqual(results.findings, []);
  assert.notEqual(verdictOf(results, 'CUST-STATUS-002'), 'violated');
  assert.deepEqual(results.rejudged, { recordedBy: { suiteVersion: '0.9.0', commit: 'abc', startedAt: live.startedAt }, judgedBy: { suiteVersion: '1.0.0', commit: 'def' }, exchanges: 1, notRejudgeable: 0 });
});

test("a finding only a set-up step saw blocks the test, as live: the test's own rule was not judged", () => {
  // The exchange was verified as a step that sets up a card for this customer-status test (harness/verdicts/verify.ts, SetupOf).
  const setUp = line([{ expectation: { status: 409, requirements: ['CUST-STATUS-002'] }, step: { setupOf: 'CARD-STATUS-001' } }]);
  const results = rejudgedResults(live, rejudgeRun([setUp], live, miniOptions), judging);
  const [t] = results.tests;
  assert.deepEqual([t.outcome, t.failure, t.violations, t.setupViolations, t.blockedBy], ['failed', 'blocked', [], ['CUST-STATUS-002'], [results.findings![0].id]]);
  assert.equal(results.findings![0].blocked, 1);
  // The same step, setting up the test's own subject, is the test's own: a violation.
  const own = line([{ expectation: { status: 409, requirements: ['CUST-STATUS-002'] }, step: { setupOf: 'CUST-STATUS-002' } }]);
  assert.deepEqual(rejudgedResults(live, rejudgeRun([own], live, miniOptions), judging).tests[0].violations, ['CUST-STATUS-002']);
});
