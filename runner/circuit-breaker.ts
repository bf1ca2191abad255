/**
 * A reporter of every run of the configuration, in the main process: after TRIP_AFTER consecutive tests failed by
 * environment errors, it trips the breaker (harness/environment/circuit-breaker.ts), so that the tests not yet started are skipped
 * as not run instead of each failing after its own timeouts; the run then says so in one line.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { hasAnnotation } from '../harness/reporting/annotations';
import { BREAKER_FILE_VARIABLE, TRIP_AFTER } from '../harness/environment/circuit-breaker';

export default class CircuitBreaker implements Reporter {
  private readonly file = join(tmpdir(), `conformance-breaker-${process.pid}`);
  private consecutive = 0;
  private notRun = 0;
  private tripped = false;

  constructor() {
    // Workers are started after the reporters, with this process's environment.
    process.env[BREAKER_FILE_VARIABLE] = this.file;
    rmSync(this.file, { force: true });
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (hasAnnotation(result.annotations, 'not-run')) this.notRun++;
    if (result.status === 'skipped') return;
    const environmentError = result.status !== 'passed' && hasAnnotation(result.annotations, 'environment-error');
    this.consecutive = environmentError ? this.consecutive + 1 : 0;
    if (this.consecutive < TRIP_AFTER || this.tripped) return;
    this.tripped = true;
    writeFileSync(this.file, `not run: the environment looks down (${TRIP_AFTER} tests in a row failed with environment errors, the last "${test.title}")`);
  }

  onEnd(): void {
    rmSync(this.file, { force: true });
    if (this.tripped) {
      console.error(`conformance: circuit breaker: ${TRIP_AFTER} tests in a row failed with environment errors, so ${this.notRun} tests were not run; the reports say which`);
    }
  }

  printsToStdio(): boolean {
    return false;
  }
}
