/** Reads two runs' results, writes their diff as reports/regression.{md,json}, and says what changed in one line. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffMarkdown, diffRuns, type RunDiff } from './run-diff';
import { RUN_RESULTS_FORMAT, type RunResults } from './run-results';

export const RUN_RESULTS_FILE = 'run-results.json';

/** A run-results.json, or a folder holding one; one line naming the path when it is neither. */
export function readRunResults(path: string): RunResults {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, RUN_RESULTS_FILE) : path;
  if (!existsSync(file)) throw new Error(`${file}: no run results here (a run of npm run conformance writes ${RUN_RESULTS_FILE})`);
  let data: RunResults;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (data?.format !== RUN_RESULTS_FORMAT) throw new Error(`${file}: not a ${RUN_RESULTS_FORMAT} file`);
  return data;
}

/** Writes the diff and returns it. */
export function writeRegression(baselinePath: string, currentPath: string, reportsDir: string): RunDiff {
  const diff = diffRuns(readRunResults(baselinePath), readRunResults(currentPath));
  mkdirSync(reportsDir, { recursive: true });
  writeFileSync(join(reportsDir, 'regression.json'), `${JSON.stringify(diff, null, 2)}\n`);
  writeFileSync(join(reportsDir, 'regression.md'), `${diffMarkdown(diff)}\n`);
  console.log(
    `Regression: ${join(reportsDir, 'regression.md')} (${diff.findings.new.length} new findings, ${diff.findings.fixed.length} fixed; ` +
      `${diff.newFailures.length} new failures, ${diff.fixed.length} fixed, ` +
      `${diff.changedOutcomes.length} other changes, ${diff.matrixCells.length} matrix cells and ${diff.shapes.length} response shapes changed; ` +
      `${diff.slowdowns.length} operation${diff.slowdowns.length === 1 ? '' : 's'} slower)`,
  );
  return diff;
}
