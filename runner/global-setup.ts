import { assertTargetReachable, loadTarget } from '../harness';
import { assertIdentitiesAuthenticate } from '../harness/environment/identities';

/**
 * Runs once before any test, after the configuration's checks of the target and the data files
 * (runner/preflight.ts): an unreachable target, or credentials that get no token, stop the run with one line, before
 * a single request is counted as a failure of the API.
 */
export default async function globalSetup(): Promise<void> {
  try {
    const target = loadTarget();
    await assertTargetReachable(target);
    await assertIdentitiesAuthenticate(target);
  } catch (error) {
    console.error(`conformance: ${(error as Error).message}`);
    process.exit(2);
  }
}
