import assert from 'node:assert/strict';
import test from 'node:test';
import type { Exchange } from '../../harness/reporting/exchange';
import { formatNote, noteOf, parseNote } from '../../harness/reporting/exchange-note';
import { shapeDigest, shapeOf } from '../../harness/contract/shape-digest';

const exchange = (response?: Partial<NonNullable<Exchange['response']>>): Exchange => ({
  operationId: 'updateCustomerStatus',
  request: { method: 'POST', url: 'http://x/', headers: {} },
  response: response && { status: 200, headers: {}, text: '', ...response },
  transportError: response ? undefined : { kind: 'timeout', message: 'timed out' },
  timing: { startedAt: '2026-11-26T00:00:00Z', durationMs: 1 },
});

test('a shape keeps keys and types, not values; array items count once per distinct shape', () => {
  assert.deepEqual(shapeOf({ b: [1, 2, 'x'], a: { n: null } }), { a: { n: 'null' }, b: ['array', 'number', 'string'] });
  assert.equal(shapeDigest({ result: { status: 'ACTIVE' } }), shapeDigest({ result: { status: 'LOCKED' } }));
  assert.notEqual(shapeDigest({ result: { status: 'ACTIVE' } }), shapeDigest({ result: { status: 1 } }));
  assert.notEqual(shapeDigest({ result: {} }), shapeDigest({ result: {}, pagination: null }));
});

test('a note says operation, status, business code, shape and response time, and reads back the same', () => {
  const error = noteOf(exchange({ status: 409, json: { status: 409, businessCode: 'PPCUST_032' } }));
  assert.match(formatNote(error), /^updateCustomerStatus 409 PPCUST_032 shape:[0-9a-f]{12} ms:1$/);
  const text = noteOf(exchange({ status: 502, text: '<html>' }));
  const none = noteOf(exchange());
  assert.equal(formatNote(text), 'updateCustomerStatus 502 not-json ms:1');
  assert.equal(formatNote(none), 'updateCustomerStatus no-response ms:1');
  for (const note of [error, text, none]) assert.deepEqual(parseNote(formatNote(note)), note);
  assert.equal(parseNote('something else'), undefined);
  assert.deepEqual(parseNote('updateCustomerStatus 502 not-json id:a1'), { operationId: 'updateCustomerStatus', status: 502, requestId: 'a1' }, 'a note of a run before response times');
});

test("a note carries the request's X-Request-ID, whatever the header's case, and reads it back", () => {
  const sent = (headers: Record<string, string>, response?: Partial<NonNullable<Exchange['response']>>) => ({ ...exchange(response), request: { method: 'POST', url: 'http://x/', headers } });
  const answered = noteOf(sent({ 'X-Request-ID': 'a1b2' }, { status: 502, text: '<html>' }));
  const unanswered = noteOf(sent({ 'x-request-id': 'c3' }));
  assert.equal(formatNote(answered), 'updateCustomerStatus 502 not-json id:a1b2 ms:1');
  assert.equal(formatNote(unanswered), 'updateCustomerStatus no-response id:c3 ms:1');
  for (const note of [answered, unanswered]) assert.deepEqual(parseNote(formatNote(note)), note);
  // A value with a space would split the note's fields: it is left out, and the proof counts the request as no test's.
  assert.equal(noteOf(sent({ 'X-Request-ID': 'two words' })).requestId, undefined);
});
