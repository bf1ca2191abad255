import { isDeepStrictEqual } from 'node:util';
import type { Finding } from '../reporting/findings';
import { maskValue } from '../reporting/mask';

/**
 * Money is read back as JSON numbers and specs add to them (`before + 1250.5`): binary floating point may then be
 * off in the 15th significant digit. A paisa is 0.01, so numbers less than half a paisa apart are the same amount, at
 * any size: a tolerance relative to the amount would take 1000000000000 for 999999999999.99. Counts, the other numbers
 * compared, differ by whole units.
 */
const TOLERANCE = 0.005;

/** The check name of a test's own expectation (a status, a code, a value read back), as against a check of every exchange. */
export const EXPECTED_OUTCOME = 'expected_outcome';

/**
 * A finding (kind 'business') when a value the rule fixes is not the one received; undefined when it is.
 * Values are compared deeply; numbers within {@link TOLERANCE}.
 * @example expectValue('CUST-STATUS-001', 'the status read back', 'LOCKED', 'LOCKED') // undefined
 */
export function expectValue(requirement: string, what: string, received: unknown, expected: unknown): Finding | undefined {
  if (sameValue(received, expected)) return undefined;
  return {
    check: EXPECTED_OUTCOME,
    requirement,
    kind: 'business',
    // Masked by key before it is written: a read-back of a profile names a person (harness/reporting/mask.ts).
    message: `${what}: expected ${JSON.stringify(maskValue(expected))}, received ${JSON.stringify(maskValue(received)) ?? 'undefined'}`,
    received,
    documented: expected,
    where: what,
  };
}

/** The comparison of {@link expectValue}: deep, numbers within {@link TOLERANCE}. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) < TOLERANCE;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return isDeepStrictEqual(a, b);
}
