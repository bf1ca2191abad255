/**
 * The circuit breaker: once an environment is plainly down, the rest of the run is not worth its time. The
 * breaker's reporter (runner/circuit-breaker.ts) counts consecutive environment errors in the main process and,
 * after {@link TRIP_AFTER}, writes a file; every test that starts after that is skipped as not run, with the reason.
 * Workers find the file through an environment variable the reporter sets before they start.
 */
import { existsSync, readFileSync } from 'node:fs';

export const BREAKER_FILE_VARIABLE = 'CONFORMANCE_BREAKER_FILE';

/** Consecutive tests failed by environment errors (none passing between) that trip the breaker: a gateway that drops one request in seven never gets there. */
export const TRIP_AFTER = 10;

/** The reason a test is not run once the breaker tripped; undefined while it holds (or without the reporter). */
export function breakerTripped(): string | undefined {
  const file = process.env[BREAKER_FILE_VARIABLE];
  return file && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
