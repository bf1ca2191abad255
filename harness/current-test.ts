import { type TestInfo, test } from '@playwright/test';

/**
 * The running test's info, or undefined outside one (a worker fixture, a script, a unit test): there is nothing to
 * annotate then, and whoever asks carries what it found some other way (an error, a return value).
 */
export function currentTestInfo(): TestInfo | undefined {
  try {
    return test.info();
  } catch {
    return undefined;
  }
}
