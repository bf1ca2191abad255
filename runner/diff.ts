/**
 * `npm run diff -- <baseline> [<current>]`: what changed between two runs. Each argument is a run-results.json or a
 * reports folder holding one; the current run defaults to reports/. Writes reports/regression.{md,json}, prints the
 * counts, and exits 1 when the current run has failures the baseline did not.
 */
import { writeRegression } from './regression';

const [baseline, current = process.env.REPORTS_DIR ?? 'reports'] = process.argv.slice(2);
if (!baseline) {
  console.error('diff: usage: npm run diff -- <baseline run-results.json or reports folder> [<current one>]');
  process.exit(2);
}
try {
  process.exit(writeRegression(baseline, current, process.env.REPORTS_DIR ?? 'reports') > 0 ? 1 : 0);
} catch (error) {
  console.error(`diff: ${(error as Error).message}`);
  process.exit(2);
}
