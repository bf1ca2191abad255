/**
 * What a reading is: the other documented side of an interpretation point (fixtures/interpretations.json), which the
 * reference sandbox can take instead of its own (`SANDBOX_READINGS=<point>=<side>,…`). Like a planted fault it is a
 * response `rewrite` or a switch the domain asks with `faults.active('<point>=<side>')`; unlike a fault it breaks
 * nothing the docs state, so with no profile picking a side the suite must pass against it (tests/suite/readings.test.ts).
 */
import type { Exchange } from '../faults/fault';

export interface Reading<Name extends string = string> {
  /** `<point>=<side>`: the point's ID and the side's ID. */
  name: Name;
  rewrite?: (exchange: Exchange) => void;
}

export function defineReading<const Name extends `${string}=${string}`>(reading: Reading<Name>): Reading<Name> {
  return reading;
}
