/**
 * Limit edge cases (fixtures/limits/*.json): one row per boundary of one field, expanded over the operation's own
 * dimensions (preference scope × type, …) and given a stable, outcome-stating title. The spec of the operation does
 * the requests; this file only reads and expands the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LimitRow {
  id: string;
  boundary: 'below-min' | 'at-min' | 'at-max' | 'above-max' | 'zero' | 'negative' | 'wrong-type' | 'missing';
  field: string;
  /** Literal, or `{bound}`, `{bound+1}`, `{bound-1}` for a bound the environment reports. */
  value: string;
  /** The values of each dimension the row runs for; every value of a dimension it does not name. */
  where?: Record<string, string[]>;
  expect: { status: number; businessCode?: string; fieldErrorOn?: string };
  requirements: string[];
  provenance: 'documented' | 'inferred';
  assumption?: string;
}

export interface LimitFile {
  operation: string;
  title: string;
  source: string;
  rows: LimitRow[];
}

/** One test: a row at one point of the dimensions. */
export interface LimitCase {
  row: LimitRow;
  at: Record<string, string>;
}

/** `fixtures/limits/<name>.json`, which runner/preflight.ts has checked against its meta-schema. */
export function limitFile(name: string): LimitFile {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'limits', `${name}.json`), 'utf8')) as LimitFile;
}

/**
 * Every row at every combination of the dimensions its `where` leaves open, in row order.
 * @example expandRows(file, { scope: ['domestic', 'international'], type: ['ATM', 'POS'] })
 */
export function expandRows(file: LimitFile, dimensions: Record<string, readonly string[]>): LimitCase[] {
  return file.rows.flatMap((row) =>
    Object.entries(dimensions).reduce<Record<string, string>[]>(
      (points, [name, values]) => points.flatMap((point) => (row.where?.[name] ?? values).map((value) => ({ ...point, [name]: value }))),
      [{}],
    ).map((at) => ({ row, at })),
  );
}

/**
 * The value a row sends, with `{bound}`, `{bound+1}` or `{bound-1}` read from what the environment reports.
 * @example resolveValue('{upperLimitMaxTransaction+1}', { upperLimitMaxTransaction: '20' }) // '21'
 */
export function resolveValue(template: string, bounds: object): string {
  const match = /^\{(\w+)([+-]1)?\}$/.exec(template);
  if (!match) return template;
  const reported = (bounds as Record<string, unknown>)[match[1]];
  const bound = Number(reported);
  if (!Number.isFinite(bound)) throw new Error(`the environment reports no numeric ${match[1]} (got ${String(reported)})`);
  return String(bound + Number(match[2] ?? 0));
}

/** `[PREF-LIMIT-002] [CARD-PREF-003] international ATM: maxTransaction {upperLimitMaxTransaction+1} (above-max) is rejected with 400 on maxTransaction`. */
export function limitTitle({ row, at }: LimitCase): string {
  const ids = [row.id, ...row.requirements].map((id) => `[${id}]`).join(' ');
  const where = Object.values(at).join(' ');
  const { status, businessCode, fieldErrorOn } = row.expect;
  const outcome =
    status === 200 ? 'is accepted and reads back' : businessCode ? `is rejected with ${businessCode}` : `is rejected with ${status}${fieldErrorOn ? ` on ${fieldErrorOn}` : ''}`;
  return `${ids} ${where ? `${where}: ` : ''}${row.field} ${row.value} (${row.boundary}) ${outcome}`;
}
