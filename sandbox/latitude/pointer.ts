/** JSON pointers (RFC 6901) into an answer, and the patterns latitude mode's lists write them as. */

/** A pointer's segment for `key`: `~` and `/` escaped (so `business.code` stays as it is). */
export function segment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Whether `path` matches `pattern`, a pointer where `*` stands for any one segment (an array index) and a last `**`
 * for the node before it and everything under it.
 */
export function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.at(-1) === '**') return have.length >= want.length - 1 && want.slice(0, -1).every((part, i) => part === '*' || part === have[i]);
  return want.length === have.length && want.every((part, i) => part === '*' || part === have[i]);
}

/** The pattern of `path`: every array index as `*`, so that the answers of one operation add up per field. */
export function patternOf(path: string): string {
  return path.replace(/\/[0-9]+(?=\/|$)/g, '/*');
}
