import assert from 'node:assert/strict';
import test from 'node:test';
import { testsReaching } from './fault-reach';
import type { TestOutcome } from './run-suite';

const outcome = (title: string, requestIds: string[]): TestOutcome => ({
  title, file: 'a.spec.ts', titlePath: [title], outcome: 'expected', violations: [], environmentErrors: [], unreachable: false, requestIds, sides: [], project: '', exchanges: [], durationMs: 0,
});
const tests = [outcome('one', ['r1', 'r2']), outcome('two', ['r3', 'r4']), outcome('three', [])];

test('a fault reaches the tests one of whose requests asked about it', () => {
  assert.deepEqual(testsReaching('f', { faults: { f: ['r4'] } }, tests).map((t) => t.title), ['two']);
});

test('a fault nothing asked about reaches no test', () => {
  assert.deepEqual(testsReaching('f', { faults: { g: ['r1'] } }, tests), []);
});

test("a fault asked about by a request of no test (a worker's token, or an ID no test sent) reaches every test", () => {
  assert.deepEqual(testsReaching('f', { faults: { f: ['-'] } }, tests).map((t) => t.title), ['one', 'two', 'three']);
  assert.deepEqual(testsReaching('f', { faults: { f: ['r1', 'r9'] } }, tests).map((t) => t.title), ['one', 'two', 'three']);
});
