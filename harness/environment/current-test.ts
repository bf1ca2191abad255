import { type TestInfo, test } from '@playwright/test';
import type { Exchange } from '../reporting/exchange';

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

/** The exchanges of the running test so far; the fixture that logs them sets it (harness/fixtures.ts). */
let exchanges: readonly Exchange[] = [];

/** Called by the exchange log fixture at the start and end of each test: a worker runs one test at a time. */
export function setCurrentExchanges(log: readonly Exchange[]): void {
  exchanges = log;
}

/**
 * The running test's latest exchange: where a value a rule checks was read from (a later read of a status, a
 * balance), so a finding on that value can be replayed. Undefined outside a test or before its first exchange.
 */
export function latestExchange(): Exchange | undefined {
  return exchanges.at(-1);
}
