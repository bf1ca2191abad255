/**
 * Completes the Allure results of a run before its report is built: each test's epic, feature, story, severity,
 * requirement tags, documentation links and seed come from its title's requirement IDs, the catalogue and the contract
 * (harness/reporting/allure-labels.ts). A whole run and a merge of shards both pass through here (runner/report-run.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelResult } from '../harness/reporting/allure-labels';
import type { AnnotationType } from '../harness/reporting/annotations';

/** Labels every test result in `resultsDir` not labelled yet; returns how many it labelled. */
export function labelAllureResults(resultsDir: string, seed: string): number {
  let labelled = 0;
  for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('-result.json'))) {
    const path = join(resultsDir, file);
    const result = JSON.parse(readFileSync(path, 'utf8'));
    // A folder labelled before (a report built twice from one run) keeps its labels once.
    if (result.labels?.some((label: { name: string }) => label.name === 'epic')) continue;
    // allure-playwright makes each annotation a step; a finding's is a line of JSON, which the test's failure message
    // and its category already say in words.
    result.steps = (result.steps ?? []).filter((step: { name?: string }) => !step.name?.startsWith(`${'finding' satisfies AnnotationType}: `));
    if (labelResult(result, seed)) labelled += 1;
    writeFileSync(path, JSON.stringify(result));
  }
  return labelled;
}
