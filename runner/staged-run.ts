/**
 * A run that cannot start, or that runs no test, must leave the last reports as they were: Playwright writes its
 * reports (JSON, JUnit, Allure results) into a staging folder beside them, and only a run that executed at least one
 * test replaces them. The reports built from those files afterwards (runner/report-run.ts) are then built in place.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDED_EXCHANGES_FOLDER } from '../harness/reporting/exchange-recording';
import { EXCHANGES_FILE, REJUDGED_DIR } from './recorded-exchanges';

/** What Playwright writes for a whole run, by reporter: playwright.config.ts and merge.config.ts write these names. */
export const RUN_FILES = { json: 'results.json', junit: 'junit.xml', allureResults: 'allure-results' } as const;
/** The run's outputs: the reporters', and the workers' recording of every exchange (harness/reporting/exchange-recording.ts). */
const RUN_OUTPUTS = [...Object.values(RUN_FILES), RECORDED_EXCHANGES_FOLDER];

/** What the reports build from the outputs (runner/report-run.ts): the last run's must not pass for this one's. */
const BUILT_FROM_OUTPUTS = ['matrices', EXCHANGES_FILE, REJUDGED_DIR] as const;

/** A fresh staging folder inside `reportsDir` (the same file system, so publishing is a rename). */
export function stagingFolder(reportsDir: string): string {
  const staging = join(reportsDir, `.run-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

/** How many tests the staged run executed (passed, failed or flaky; skipped ones do not count); 0 without a report. */
export function testsExecuted(staging: string): number {
  const file = join(staging, RUN_FILES.json);
  if (!existsSync(file)) return 0;
  try {
    const { stats } = JSON.parse(readFileSync(file, 'utf8')) as { stats?: Record<string, number> };
    return (stats?.expected ?? 0) + (stats?.unexpected ?? 0) + (stats?.flaky ?? 0);
  } catch {
    return 0;
  }
}

/** Replaces the last run's outputs (and what was built from them) with the staged run's, then removes the staging folder. */
export function publishRun(staging: string, reportsDir: string): void {
  for (const name of [...RUN_OUTPUTS, ...BUILT_FROM_OUTPUTS]) rmSync(join(reportsDir, name), { recursive: true, force: true });
  for (const name of RUN_OUTPUTS) if (existsSync(join(staging, name))) renameSync(join(staging, name), join(reportsDir, name));
  discardRun(staging);
}

export function discardRun(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
