/**
 * A failed test that keeps its worker: Playwright starts a new worker after every failed test, so the conformance
 * fixture marks a failed test and expects it to fail, and runner/kept-worker-failures.ts, the first reporter of the
 * configuration, reports it failed again. The reporter sets the variable, so a run without it never marks a test.
 */
import type { TestInfo } from '@playwright/test';
import { annotate } from '../reporting/annotations';

export const KEEP_WORKERS_VARIABLE = 'CONFORMANCE_KEEP_WORKERS';
export const KEPT_WORKER_REASON = 'failed: keeps its worker (runner/kept-worker-failures.ts reports it failed)';

/** Marks a test that failed where it was expected to pass, so that its worker goes on; a no-op without the reporter. */
export function keepWorker(testInfo: TestInfo, failed: boolean): void {
  if (process.env[KEEP_WORKERS_VARIABLE] !== '1' || !failed || testInfo.expectedStatus !== 'passed') return;
  annotate(testInfo, 'kept-worker', testInfo.status ?? 'failed');
  testInfo.fail(true, KEPT_WORKER_REASON);
}
