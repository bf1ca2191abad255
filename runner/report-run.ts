/**
 * Everything written after the tests ran, from the Playwright JSON report and the Allure results alone: the
 * matrices the environment showed, run-results.json, coverage, the regression diff and certification when asked,
 * then the Allure HTML report. Shared by a whole run (runner/conformance.ts) and a merge of shards
 * (runner/merge-shards.ts), so both give the same reports.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Target } from '../harness/environment/env';
import { loadEffectMatrices } from '../harness/matrices/effects';
import { loadMatrices } from '../harness/matrices/matrices';
import { findingCategories } from './allure-categories';
import { generateAllureReport } from './allure-report';
import { labelAllureResults } from './allure-results';
import { effectObservationsFrom } from './effect-discovery';
import { observationsFrom, writeMatrixReports } from './matrix-discovery';
import { EXCHANGES_FILE, mergeRecording } from './recorded-exchanges';
import { type RunReportOptions, writeRunReports } from './run-reports';
import { RUN_FILES } from './staged-run';

/** `ALLURE_HTML=false`: the run writes every report but the Allure HTML one. */
export const ALLURE_HTML_VARIABLE = 'ALLURE_HTML';

/** What the exit code of the run depends on, beyond Playwright's. */
export interface ReportedRun {
  /** Tests that failed, or passed where a known deviation says they fail; 0 without a JSON report. */
  failed: number;
  /** Matrix cells where the environment and the expectation disagree. */
  disagreements: number;
  newFailures: number;
  /** Operations slower than in the baseline; a failure only with --latency-gate. */
  slowdowns: number;
  certified?: boolean;
  /** The Allure report could not be written (the message was printed). */
  allureFailed: boolean;
}

export function reportRun(target: Target, reportsDir: string, options: RunReportOptions): ReportedRun {
  const recorded = mergeRecording(reportsDir);
  if (recorded !== undefined) console.log(`Exchanges: ${join(reportsDir, EXCHANGES_FILE)} (${recorded} recorded, masked)`);
  const resultsJson = join(reportsDir, RUN_FILES.json);
  const report = existsSync(resultsJson) ? JSON.parse(readFileSync(resultsJson, 'utf8')) : undefined;
  let disagreements = 0;
  const observations = report ? observationsFrom(report) : [];
  const effects = { matrices: loadEffectMatrices(), observations: report ? effectObservationsFrom(report) : [] };
  if (observations.length + effects.observations.length > 0) {
    const matricesDir = join(reportsDir, 'matrices');
    disagreements = writeMatrixReports(matricesDir, loadMatrices(), observations, { environment: target.environment, baseUrl: target.baseUrl }, effects);
    console.log(`Matrices: ${join(matricesDir, 'diff.md')} (${disagreements} cell${disagreements === 1 ? '' : 's'} differ from fixtures/matrices/ and fixtures/effects/)`);
  }
  const { findings, ...outcome } = report ? writeRunReports(report, target, reportsDir, options) : { failed: 0, newFailures: 0, slowdowns: 0, findings: [] };
  try {
    labelAllureResults(join(reportsDir, RUN_FILES.allureResults), target.seed);
    // The HTML report is most of the reports' time on a run with many failures (about 20 s for 400); a CI job that
    // keeps only JUnit and the Allure results, or the project's own tests, can leave it out.
    if (process.env[ALLURE_HTML_VARIABLE] === 'false') {
      // An earlier run's HTML would pass for this run's.
      rmSync(join(reportsDir, 'allure-report'), { recursive: true, force: true });
      console.log(`Allure report: not written (${ALLURE_HTML_VARIABLE}=false); results in ${join(reportsDir, RUN_FILES.allureResults)}\nJUnit: ${join(reportsDir, RUN_FILES.junit)}`);
      return { disagreements, ...outcome, allureFailed: false };
    }
    const index = generateAllureReport(join(reportsDir, RUN_FILES.allureResults), join(reportsDir, 'allure-report'), findingCategories(findings));
    console.log(`Allure report: ${index}\nJUnit: ${join(reportsDir, RUN_FILES.junit)}`);
    return { disagreements, ...outcome, allureFailed: false };
  } catch (error) {
    console.error(`conformance: ${(error as Error).message}`);
    return { disagreements, ...outcome, allureFailed: true };
  }
}
