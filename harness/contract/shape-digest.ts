/**
 * The shape of a JSON body: its keys and value types, not its values. Two responses with the same digest have the
 * same structure, so a regression report can say "the answer of updateCustomer changed shape" without keeping bodies
 * (which hold personal data) and without noise from values that differ on every run.
 */
import { createHash } from 'node:crypto';

/** Keys sorted, values replaced by their JSON type; an array by the distinct shapes of its items. */
export function shapeOf(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items = [...new Map(value.map((item) => shapeOf(item)).map((shape) => [JSON.stringify(shape), shape])).entries()];
    return ['array', ...items.sort(([a], [b]) => a.localeCompare(b)).map(([, shape]) => shape)];
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([key, item]) => [key, shapeOf(item)]));
  }
  return typeof value;
}

/** The first 12 hex digits of the SHA-256 of the shape: short enough for a report line, long enough not to clash. */
export function shapeDigest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(shapeOf(value))).digest('hex').slice(0, 12);
}
