import assert from 'node:assert/strict';
import test from 'node:test';
import { testsReaching } from './fault-reach';
import type { TestOutcome } from './run-suite';

const outcome = (title: string, answers: string[]): TestOutcome => ({
  title, file: 'a.spec.ts', titlePath: [title], outcome: 'expected', violations: [], environmentErrors: [], unreachable: false, answers, sides: [], project: '',
});
const tests = [outcome('one', ['createCustomer 200', 'fetchCustomer 200']), outcome('two', ['createCustomer 200', 'fetchCustomer 409']), outcome('three', [])];

test('a fault reaches the tests that saw an answer of a request that asked about it', () => {
  const record = { faults: { f: ['fetchCustomer 409'] }, answered: { 'createCustomer 200': 2, 'fetchCustomer 200': 1, 'fetchCustomer 409': 1 } };
  assert.deepEqual(testsReaching('f', record, tests).map((t) => t.title), ['two']);
});

test('a fault nothing asked about reaches no test', () => {
  const record = { faults: {}, answered: { 'createCustomer 200': 2 } };
  assert.deepEqual(testsReaching('f', record, tests), []);
});

test('a fault asked about by a request no test recorded (a worker\'s token) reaches every test', () => {
  const record = { faults: { f: ['issueToken 200'] }, answered: { 'issueToken 200': 1, 'createCustomer 200': 2 } };
  assert.deepEqual(testsReaching('f', record, tests).map((t) => t.title), ['one', 'two', 'three']);
});
