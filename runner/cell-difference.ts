import type { CellOutcome } from '../harness/matrices/matrices';

/**
 * A cell and actor where the environment and the expectation disagree, or that the run could not observe: a row of
 * `diff.md`, for the transition matrices (runner/matrix-discovery.ts) and the status effects (runner/effect-discovery.ts).
 */
export interface CellDifference {
  matrix: string;
  cell: string;
  actor: CellOutcome['actor'];
  transition: string;
  expected: string;
  /** Undefined when the run did not observe the cell (unreachable `from`, a failed setup, a skipped actor). */
  observed?: string;
}
