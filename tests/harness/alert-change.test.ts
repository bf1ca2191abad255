import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ATTEMPTS, alertFields, INTERFERENCE, type ReadBack, readBackOf, retryPause, untilExpected } from '../../harness/data/alert-change';

const original = { thresholdAmount: 1000, emailRecipients: ['ops@example.com'], mobileRecipients: ['9876500001'] };
const written = { ...original, thresholdAmount: 75000, emailRecipients: ['treasury@example.com'] };

test('a read-back showing what the suite wrote is applied', () => {
  assert.equal(readBackOf(original, written, { ...written }), 'applied');
});

test('a read-back showing the original is not applied, in whole or in part: a verdict on the API, not interference', () => {
  assert.equal(readBackOf(original, written, { ...original }), 'not-applied');
  assert.equal(readBackOf(original, written, { ...written, emailRecipients: original.emailRecipients }), 'not-applied');
});

test('a value neither written nor original is interference, on a field the write changed or one it left alone', () => {
  assert.equal(readBackOf(original, written, { ...written, thresholdAmount: 5 }), 'interference');
  assert.equal(readBackOf(original, written, { ...written, mobileRecipients: ['9876500002'] }), 'interference');
  // A field missing from the read-back is a value too: neither side had it missing.
  assert.equal(readBackOf(original, written, { thresholdAmount: 75000, emailRecipients: ['treasury@example.com'] }), 'interference');
});

test('amounts are compared as the rules compare them: a float rounding of the written amount is applied', () => {
  assert.equal(readBackOf(original, { ...original, thresholdAmount: 0.1 + 0.2 }, { ...original, thresholdAmount: 0.3 }), 'applied');
});

test('alertFields keeps exactly the changeable fields, and the interference message says what happened', () => {
  assert.deepEqual(alertFields({ corporateId: 'CORP123', thresholdAmount: 5 }), { thresholdAmount: 5, emailRecipients: undefined, mobileRecipients: undefined });
  assert.match(INTERFERENCE, /^interference: another writer changed the alert configuration between the suite's write and its read$/);
});

test('a change is tried until its read-back is the expected one, at most ATTEMPTS times, after growing random pauses', async () => {
  const pauses: number[] = [];
  const sleep = async (ms: number) => void pauses.push(ms);
  const outcomes = (...list: ReadBack[]) => {
    let calls = 0;
    return { attempt: async () => ({ outcome: list[Math.min(calls++, list.length - 1)] }), calls: () => calls };
  };
  // Another run's restore read back three times, then the write shows: applied, decided by the fourth attempt.
  const restored = outcomes('not-applied', 'not-applied', 'not-applied', 'applied');
  assert.equal((await untilExpected(restored.attempt, 'applied', sleep)).outcome, 'applied');
  assert.equal(restored.calls(), 4);
  // An API that drops every write: the last attempt decides, and no more are made.
  const dropped = outcomes('not-applied');
  assert.equal((await untilExpected(dropped.attempt, 'applied', sleep)).outcome, 'not-applied');
  assert.equal(dropped.calls(), ATTEMPTS);
  // The expected outcome at once: no pause, no second attempt.
  pauses.length = 0;
  const atOnce = outcomes('applied');
  await untilExpected(atOnce.attempt, 'applied', sleep);
  assert.deepEqual([atOnce.calls(), pauses.length], [1, 0]);
  assert.deepEqual([1, 2, 3].map((n) => retryPause(n, () => 0)), [200, 400, 800]);
  assert.deepEqual([1, 2, 3].map((n) => retryPause(n, () => 0.5)), [300, 600, 1200]);
});
