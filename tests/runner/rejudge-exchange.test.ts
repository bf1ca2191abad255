import assert from 'node:assert/strict';
import net from 'node:net';
import test from 'node:test';
import { recordOf, type RecordedExchange } from '../../harness/reporting/exchange-recording';
import { rejudgeExchange } from '../../runner/rejudge-exchange';
import { rejudgedMarkdown, rejudgeRun } from '../../runner/rejudge-run';
import { RUN_RESULTS_FORMAT, type RunResults } from '../../runner/run-results';
import { exchange, miniOptions, OK_BODY } from '../harness/helpers';

const ofTest = { titlePath: ['things.spec.ts', 'a thing locks'], ids: ['CUST-STATUS-002'], project: '' };
const line = (body: unknown, extra: Partial<RecordedExchange> = {}): RecordedExchange => ({ ...recordOf(ofTest, 1, exchange({ status: 200, body })), ...extra });
const checks = (findings: { check: string; requirement: string }[]) => findings.map((f) => `${f.check} ${f.requirement}`);

test('a recorded exchange is judged again with no network: by every check and by the expectation its test verified it with', () => {
  assert.deepEqual(rejudgeExchange(line(OK_BODY), miniOptions), { findings: [], notRejudgeable: [] });
  const verified = line(OK_BODY, { verified: [{ expectation: { status: 409, requirements: ['CUST-STATUS-002'] } }] });
  assert.deepEqual(checks(rejudgeExchange(verified, miniOptions).findings), ['expected_outcome CUST-STATUS-002']);
});

test('a schema finding on a value the recording masks is not re-judgeable; on a value it holds, it is a finding', () => {
  const broken = { result: { thingId: 'T-1', status: 'XXXXXX' }, pagination: null };
  const masked = rejudgeExchange(line(broken, { masked: { response: ['/result/status'] } }), miniOptions);
  assert.deepEqual(masked.findings, []);
  assert.deepEqual(checks(masked.notRejudgeable), ['inferred_schema_conformance CONTRACT-SCHEMA-002']);
  assert.deepEqual(checks(rejudgeExchange(line(broken), miniOptions).findings), ['inferred_schema_conformance CONTRACT-SCHEMA-002']);
  const cut = rejudgeExchange(line(broken, { truncated: { 'response.json': 40_000 } }), miniOptions);
  assert.deepEqual([cut.findings, checks(cut.notRejudgeable)], [[], ['inferred_schema_conformance CONTRACT-SCHEMA-002']], 'a body the recording cut');
  // A cut body says nothing of the body's checks, and leaves those of the status line and headers standing.
  const teapot = { ...recordOf(ofTest, 1, exchange({ status: 418, body: broken })), truncated: { 'response.json': 40_000 } };
  assert.deepEqual(checks(rejudgeExchange(teapot, miniOptions).findings), ['status_code_documented CONTRACT-STATUS-001'], 'an undocumented status under a cut body');
});

const live = (violations: string[] = []): RunResults => ({
  format: RUN_RESULTS_FORMAT, environment: 'reference', baseUrl: 'http://x', tenant: '****', suiteVersion: '0.9.0', commit: 'abc', contractHash: '', catalogueVersion: '', seed: '1',
  startedAt: '2026-12-05T00:00:00.000Z', finishedAt: '2026-12-05T00:01:00.000Z',
  tests: [{ title: 'a thing locks', file: 'things.spec.ts', ids: ['CUST-STATUS-002'], outcome: violations.length ? 'failed' : 'passed', violations, exchanges: [], sides: [] } as unknown as RunResults['tests'][number]],
});

test('a recorded run judged again keeps its live verdict, and says which tests the current checks fail that passed live; no socket is opened', () => {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = () => {
    throw new Error('re-judging opened a socket');
  };
  try {
    const clean = rejudgeRun([line(OK_BODY)], live(), miniOptions);
    assert.deepEqual([clean.sameVerdict, clean.exchanges, clean.tests.map((t) => t.added)], [true, 1, [[]]]);
    const refused = [line(OK_BODY, { verified: [{ expectation: { status: 409, requirements: ['CUST-STATUS-002'] } }] })];
    const stricter = rejudgeRun(refused, live(), miniOptions);
    assert.deepEqual([stricter.sameVerdict, stricter.tests[0].added], [false, ['CUST-STATUS-002']], 'what the live run let pass');
    assert.equal(rejudgeRun(refused, live(['CUST-STATUS-002']), miniOptions).sameVerdict, true, 'what the live run reported too');
    const excusedLive = live();
    excusedLive.tests[0].excused = [{ requirement: 'CUST-STATUS-002', operation: 'updateThingStatus', reason: 'TICKET-1' }];
    assert.equal(rejudgeRun(refused, excusedLive, miniOptions).sameVerdict, true, 'what a known deviation of the live run excused');
    assert.match(rejudgedMarkdown(stricter, { suiteVersion: '1.0.0', commit: 'def' }), /recording made by suite version 0\.9\.0 \(abc\).*by suite version 1\.0\.0 \(def\), with no network[\s\S]*things\.spec\.ts\): CUST-STATUS-002/);
  } finally {
    net.Socket.prototype.connect = connect;
  }
});
