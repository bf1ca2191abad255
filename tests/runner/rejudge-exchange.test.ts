import assert from 'node:assert/strict';
import test from 'node:test';
import { recordOf, type RecordedExchange } from '../../harness/reporting/exchange-recording';
import { rejudgeExchange } from '../../runner/rejudge-exchange';
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
});
