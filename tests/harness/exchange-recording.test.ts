import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import type { Exchange } from '../../harness/reporting/exchange';
import { BODY_LIMIT, recordExchanges, recordingFolder, recordOf, recordVerification } from '../../harness/reporting/exchange-recording';
import { maskedPaths } from '../../harness/reporting/masked-paths';
import { EXCHANGES_FILE, gatherShardRecordings, mergeRecording } from '../../runner/recorded-exchanges';

const exchange = (startedAt: string, body: unknown = { pan: 'ABCDE1234F', amount: 10 }): Exchange => ({
  operationId: 'createCustomer',
  request: { method: 'POST', url: 'http://x/prepaid/customer', headers: { Authorization: 'Bearer a.b.c', 'X-TENANT-ID': 'ACME' }, body },
  response: { status: 200, headers: { 'content-type': 'application/json' }, text: '{"result":{"mobile":"9876543210"}}', json: { result: { mobile: '9876543210' } } },
  timing: { startedAt, durationMs: 12 },
});
const test1 = { titlePath: ['customer/create.spec.ts', 'createCustomer', 'a customer is created'], ids: ['CUST-CREATE-001'], project: '' };

test('a recorded exchange is masked as every report is, and a body above the limit is cut with its length noted', () => {
  const line = recordOf(test1, 1, exchange('2026-12-05T00:00:00.000Z'));
  const text = JSON.stringify(line);
  for (const secret of ['ABCDE1234F', '9876543210', 'a.b.c']) assert.ok(!text.includes(secret), `${secret} is masked`);
  assert.deepEqual(line.response?.json !== undefined && line.response.text === undefined, true, 'the parsed body, not its text again');
  const long = recordOf(test1, 2, exchange('2026-12-05T00:00:00.000Z', { note: 'x'.repeat(BODY_LIMIT * 2) }));
  assert.equal(long.truncated?.['request.body'], JSON.stringify({ note: 'x'.repeat(BODY_LIMIT * 2) }).length);
  assert.ok(JSON.stringify(long).length < BODY_LIMIT * 1.5, 'bounded');
});

test('a line says how its test judged the exchange (each verify, in order) and which body values masking changed', () => {
  const judged = exchange('2026-12-05T00:00:00.000Z');
  recordVerification(judged, { expectation: { status: 200, requirements: ['CUST-CREATE-001'] } });
  recordVerification(judged, { expectation: { status: 200, requirements: ['DATA-CUSTOMER-001'] }, step: { setupOf: 'DATA-CUSTOMER-001' } });
  const line = recordOf(test1, 1, judged);
  assert.deepEqual(line.verified, [
    { expectation: { status: 200, requirements: ['CUST-CREATE-001'] } },
    { expectation: { status: 200, requirements: ['DATA-CUSTOMER-001'] }, step: { setupOf: 'DATA-CUSTOMER-001' } },
  ]);
  assert.deepEqual(line.masked, { request: ['/pan'], response: ['/result/mobile'] }, 'the amount is kept, so it is not listed');
  assert.equal(recordOf(test1, 2, exchange('2026-12-05T00:00:00.000Z', { amount: 10 })).verified, undefined, 'judged by the checks alone');
});

test('masked paths are JSON Pointers of the changed leaves, escaped; an unchanged body has none', () => {
  assert.deepEqual(maskedPaths({ a: { 'b/c': 'x', d: [1, 'y'] }, e: 2 }, { a: { 'b/c': 'X', d: [1, 'Y'] }, e: 2 }), ['/a/b~1c', '/a/d/1']);
  assert.deepEqual(maskedPaths({ a: 1 }, { a: 1 }), []);
  assert.deepEqual(maskedPaths({ dob: { day: 1 } }, { dob: '**' }), ['/dob'], 'a value masked whole');
  assert.deepEqual(maskedPaths(undefined, undefined), []);
});

test('the workers\' files merge into exchanges.jsonl in the order the exchanges were sent, a shard\'s too', () => {
  const reports = mkdtempSync(join(tmpdir(), 'recording-'));
  const folder = recordingFolder({ REPORTS_DIR: reports });
  recordExchanges(test1, [exchange('2026-12-05T00:00:02.000Z')], folder);
  recordExchanges(test1, [exchange('2026-12-05T00:00:01.000Z'), exchange('2026-12-05T00:00:03.000Z')], join(folder, '..', 'exchanges'));
  assert.equal(mergeRecording(reports), 3);
  const lines = readFileSync(join(reports, EXCHANGES_FILE), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.timing.startedAt), ['2026-12-05T00:00:01.000Z', '2026-12-05T00:00:02.000Z', '2026-12-05T00:00:03.000Z']);
  assert.ok(!readdirSync(reports).includes('exchanges'), 'the workers\' folder goes once merged');
  assert.equal(mergeRecording(reports), undefined, 'nothing recorded, nothing written');

  const shard = recordingFolder({ REPORTS_DIR: reports, CONFORMANCE_SHARD: '1-of-2' });
  assert.ok(shard.endsWith('exchanges-1-of-2'));
  recordExchanges(test1, [exchange('2026-12-05T00:00:04.000Z')], shard);
  gatherShardRecordings(reports, ['1-of-2', '2-of-2']);
  assert.equal(mergeRecording(reports), 1);
  rmSync(reports, { recursive: true });
});
