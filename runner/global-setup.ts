import { assertTargetReachable, loadTarget } from '../harness';
import { checkFixtureFiles } from './fixture-files';

/**
 * Runs once before any test: bad data files and an unreachable target stop the run with one line each,
 * before a single request is counted as a failure of the API.
 */
export default async function globalSetup(): Promise<void> {
  const problems = checkFixtureFiles();
  if (problems.length > 0) {
    for (const line of problems) console.error(`conformance: ${line}`);
    process.exit(2);
  }
  try {
    await assertTargetReachable(loadTarget());
  } catch (error) {
    console.error(`conformance: ${(error as Error).message}`);
    process.exit(2);
  }
}
