import assert from 'node:assert/strict';
import test from 'node:test';
import type { Exchange } from '../../harness/exchange';
import { formatNote, noteOf, parseNote } from '../../harness/exchange-note';
import { shapeDigest, shapeOf } from '../../harness/shape-digest';

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

test('a note says operation, status, business code and shape, and reads back the same', () => {
  const error = noteOf(exchange({ status: 409, json: { status: 409, businessCode: 'PPCUST_032' } }));
  assert.match(formatNote(error), /^updateCustomerStatus 409 PPCUST_032 shape:[0-9a-f]{12}$/);
  const text = noteOf(exchange({ status: 502, text: '<html>' }));
  const none = noteOf(exchange());
  assert.equal(formatNote(text), 'updateCustomerStatus 502 not-json');
  assert.equal(formatNote(none), 'updateCustomerStatus no-response');
  for (const note of [error, text, none]) assert.deepEqual(parseNote(formatNote(note)), note);
  assert.equal(parseNote('something else'), undefined);
});
