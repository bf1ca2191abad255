/**
 * What a reading is: the other documented side of an interpretation point (fixtures/interpretations.json), which the
 * reference sandbox can take instead of its own (`SANDBOX_READINGS=<point>=<side>,…`). Like a planted fault it is a
 * response `rewrite` or a switch the domain asks with `faults.active('<point>=<side>')`; unlike a fault it breaks
 * nothing the docs state, so with no profile picking a side the suite must pass against it (tests/suite/planted-faults.test.ts proves it).
 */
import type { Exchange } from '../faults/fault';

export interface Reading<Name extends string = string> {
  /** `<point>=<side>`: the point's ID and the side's ID. */
  name: Name;
  rewrite?: (exchange: Exchange) => void;
  /** Moves the code to another key without changing it: such a reading rewrites after the ones that change the code. */
  movesTheCode?: true;
}

/** The readings in the order their rewrites apply: those that move the code last, the rest by name. */
export function inRewriteOrder<const T extends readonly Reading[]>(readings: T): T {
  const late = (reading: Reading) => (reading.movesTheCode ? 1 : 0);
  return [...readings].sort((a, b) => late(a) - late(b) || a.name.localeCompare(b.name)) as unknown as T;
}

export function defineReading<const Name extends `${string}=${string}`>(reading: Reading<Name>): Reading<Name> {
  return reading;
}
