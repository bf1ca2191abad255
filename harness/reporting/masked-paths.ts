/**
 * Where masking changed a value: the JSON Pointers (RFC 6901) of the leaves of a body that its masked copy (mask.ts)
 * does not hold as they were. A recorded exchange lists them, so that whoever judges the recording again can tell a
 * finding on the answer from one on a value the recording no longer holds (a masked mobile fails its pattern).
 */

/** The pointers of the leaves `masked` changed, in document order; '' for the whole value. */
export function maskedPaths(original: unknown, masked: unknown, at = ''): string[] {
  if (original === masked) return [];
  const containers = [original, masked].every((value) => value !== null && typeof value === 'object');
  if (!containers || Array.isArray(original) !== Array.isArray(masked)) return [at];
  const before = original as Record<string, unknown>;
  const after = masked as Record<string, unknown>;
  return Object.keys(before).flatMap((key) => maskedPaths(before[key], after[key], `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
}
