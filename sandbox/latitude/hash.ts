/**
 * The seeded choice of latitude mode: a hash of the seed and the field, in [0, 1). The same seed makes the same
 * choices, so a run replays; another seed makes others.
 */

/** FNV-1a over the text, then murmur3's finaliser so that texts differing in one digit (the seed) spread evenly. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}
