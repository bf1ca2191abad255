/**
 * `npm run diff -- <baseline> [<current>] [--latency-gate]`: what changed between two runs. Each argument is a
 * run-results.json or a reports folder holding one; the current run defaults to reports/. Writes
 * reports/regression.{md,json}, prints the counts, and exits 1 when the current run has failures the baseline did
 * not, or, with `--latency-gate`, when an operation got slower (runner/latency.ts); a slowdown alone never fails it.
 */
import { LATENCY_GATE } from './latency';
import { writeRegression } from './regression';

const latencyGate = process.argv.includes(LATENCY_GATE);
const [baseline, current = process.env.REPORTS_DIR ?? 'reports'] = process.argv.slice(2).filter((arg) => arg !== LATENCY_GATE);
if (!baseline) {
  console.error('diff: usage: npm run diff -- <baseline run-results.json or reports folder> [<current one>]');
  process.exit(2);
}
try {
  const diff = writeRegression(baseline, current, process.env.REPORTS_DIR ?? 'reports');
  process.exit(diff.newFailures.length > 0 || (latencyGate && diff.slowdowns.length > 0) ? 1 : 0);
} catch (error) {
  console.error(`diff: ${(error as Error).message}`);
  process.exit(2);
}
