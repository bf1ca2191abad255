import assert from 'node:assert/strict';
import test from 'node:test';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { annotation } from '../../harness/reporting/annotations';
import { KEEP_WORKERS_VARIABLE, KEPT_WORKER_REASON } from '../../harness/environment/kept-worker';
import KeptWorkerFailures from '../../runner/kept-worker-failures';

/** A test as the runner hands it to reporters when its worker ends it. */
function ended(annotations: TestResult['annotations'], expectedStatus: TestCase['expectedStatus']) {
  const testCase = { expectedStatus, annotations: [...annotations] } as unknown as TestCase;
  const result = { status: 'failed', annotations: [...annotations] } as unknown as TestResult;
  return { testCase, result };
}

test('loading the reporter lets workers keep a failed test\'s worker', () => {
  delete process.env[KEEP_WORKERS_VARIABLE];
  new KeptWorkerFailures();
  assert.equal(process.env[KEEP_WORKERS_VARIABLE], '1');
});

test('a kept-worker test is an ordinary failure again, without the mark, before other reporters see it', () => {
  const seen = ended([{ type: 'violation', description: 'CUST-STATUS-002' }, annotation('kept-worker', 'failed'), { type: 'fail', description: KEPT_WORKER_REASON }], 'failed');
  new KeptWorkerFailures().onTestEnd(seen.testCase, seen.result);
  assert.equal(seen.testCase.expectedStatus, 'passed');
  assert.deepEqual(seen.result.annotations, [{ type: 'violation', description: 'CUST-STATUS-002' }]);
  assert.deepEqual(seen.testCase.annotations, [{ type: 'violation', description: 'CUST-STATUS-002' }]);
});

test('a known deviation that fails stays an expected failure', () => {
  const deviation = [{ type: 'fail', description: 'known deviation of sandbox (CARD-CELL-006): ticket PLAT-1' }];
  const seen = ended(deviation, 'failed');
  new KeptWorkerFailures().onTestEnd(seen.testCase, seen.result);
  assert.equal(seen.testCase.expectedStatus, 'failed');
  assert.deepEqual(seen.result.annotations, deviation);
});
