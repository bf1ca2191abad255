/**
 * The registry of readings: for each interpretation point (fixtures/interpretations.json), every side but the one
 * the reference sandbox takes by default. To add one: write `sandbox/readings/<point>.ts` (see reading.ts), list it
 * here, and make the domain ask `faults.active('<point>=<side>')` where the side changes the answer.
 */
import errorCodeKey from './error-code-key';
import type { Reading } from './reading';

export const readings = [errorCodeKey] as const satisfies readonly Reading[];

export type ReadingName = (typeof readings)[number]['name'];

export const READING_NAMES: readonly ReadingName[] = readings.map((reading) => reading.name);
