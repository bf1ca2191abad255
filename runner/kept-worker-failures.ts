/**
 * The first reporter of every run of the configuration: it lets a failed test keep its worker, and still report it
 * failed. Playwright starts a new worker after every failed test (about 0.7 s each on two cores), so a run where
 * every test fails took many times a passing one. With this reporter loaded, the conformance fixture marks a failed
 * test `kept-worker` and expects it to fail, which keeps the worker (harness/fixtures.ts); here, before any other
 * reporter and before Playwright counts the run's failures, the test is turned back into the ordinary failure it is.
 * Without this reporter (a `--reporter` on the command line replaces the configuration's), workers never set the
 * mark, so no failure can pass for an expected one.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { type AnnotationType, hasAnnotation } from '../harness/reporting/annotations';
import { KEEP_WORKERS_VARIABLE, KEPT_WORKER_REASON } from '../harness/environment/kept-worker';

export default class KeptWorkerFailures implements Reporter {
  constructor() {
    // Workers are started after the reporters, with this process's environment.
    process.env[KEEP_WORKERS_VARIABLE] = '1';
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (!hasAnnotation(result.annotations, 'kept-worker')) return;
    test.expectedStatus = 'passed';
    const ordinary = (annotations: TestResult['annotations']) => annotations.filter((a) => a.type !== ('kept-worker' satisfies AnnotationType) && !(a.type === 'fail' && a.description === KEPT_WORKER_REASON));
    result.annotations = ordinary(result.annotations);
    test.annotations.splice(0, test.annotations.length, ...ordinary(test.annotations));
  }

  printsToStdio(): boolean {
    return false;
  }
}
