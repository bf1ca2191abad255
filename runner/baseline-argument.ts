/**
 * `--baseline <path>` (or `--baseline=<path>`) of the commands that compare a run with an earlier one
 * (npm run conformance, npm run merge-shards): taken out of the other arguments and read at once, so a baseline
 * that cannot be read is refused in one line before any test runs, not after the whole suite.
 */
import { takeOption } from './option-argument';
import { readRunResults } from './regression';

export function baselineArgument(tool: string, args: string[]): { baseline?: string; rest: string[] } {
  const { given, value: baseline, rest } = takeOption(args, '--baseline');
  if (!given) return { rest };
  try {
    if (!baseline) throw new Error('needs a path: a run-results.json or a reports folder holding one');
    readRunResults(baseline);
  } catch (error) {
    console.error(`${tool}: --baseline ${(error as Error).message}`);
    process.exit(2);
  }
  return { baseline, rest };
}
