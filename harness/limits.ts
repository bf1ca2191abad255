/**
 * Limit edge cases (fixtures/limits/*.json): one row per boundary of one field, expanded over the operation's own
 * dimensions (preference scope × type, …) and given a stable, outcome-stating title. The spec of the operation does
 * the requests; this file only reads and expands the data.
 */
import type { TestDetails } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMaskedKey, maskValue } from './mask';
import { covering, storyOfStatus } from './covers';
import { provenRequirements, type RuleWithAnswer } from './requirements';

export interface LimitRow {
  id: string;
  boundary: 'below-min' | 'at-min' | 'within' | 'at-max' | 'above-max' | 'zero' | 'negative' | 'wrong-type' | 'missing' | 'unknown';
  field: string;
  /** Literal; `{bound}`, `{bound+1}`, `{bound-1}` for a bound the environment reports; `{name}` for the test's own data. */
  value: string;
  /** The values of each dimension the row runs for; every value of a dimension it does not name. */
  where?: Record<string, string[]>;
  /** A precondition the operation's spec sets up first (e.g. "a lien of 400"); the spec refuses one it does not know. */
  given?: string;
  /** Other fields sent with the row's field, as they are. */
  with?: Record<string, unknown>;
  /** What a later read must show, in the operation's own terms; the spec says what each key means. */
  readBack?: Record<string, string | number | boolean>;
  expect: { status: number; businessCode?: string; fieldErrorOn?: string };
  requirements: string[];
  /** See {@link RuleWithAnswer}. */
  answerRequirement?: string;
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

const LIMITS_DIR = join(import.meta.dirname, '..', 'fixtures', 'limits');

/** `fixtures/limits/<name>.json`, which runner/preflight.ts has checked against its meta-schema. */
export function limitFile(name: string): LimitFile {
  return JSON.parse(readFileSync(join(LIMITS_DIR, `${name}.json`), 'utf8')) as LimitFile;
}

/** Every limit file, by name order. */
export function loadLimitFiles(dir: string = LIMITS_DIR): LimitFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as LimitFile);
}

/**
 * What is wrong with a limit file beyond its meta-schema, one line each: a requirement ID the catalogue does not
 * know, or a row ID another row already has (`seen` spans all files: reports and deviations name a row by its ID).
 */
export function limitProblems(file: LimitFile, shown: string, known: ReadonlySet<string>, seen: Set<string>): string[] {
  const problems: string[] = [];
  for (const row of file.rows) {
    if (seen.has(row.id)) problems.push(`${shown}: row ID ${row.id} is used twice`);
    seen.add(row.id);
    for (const id of provenRequirements(row).filter((r) => !known.has(r))) problems.push(`${shown}: row ${row.id} names unknown requirement ${id}`);
  }
  return problems;
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
 * The value a row sends, with `{bound}`, `{bound+1}` or `{bound-1}` read from what the environment reports, or
 * `{name}` for a value of the test's own data (a customer's PAN).
 * @example resolveValue('{upperLimitMaxTransaction+1}', { upperLimitMaxTransaction: '20' }) // '21'
 */
export function resolveValue(template: string, bounds: object): string {
  const match = /^\{(\w+)([+-]1)?\}$/.exec(template);
  if (!match) return template;
  const reported = (bounds as Record<string, unknown>)[match[1]];
  if (match[2] === undefined && typeof reported === 'string' && reported !== '') return reported;
  const bound = Number(reported);
  if (!Number.isFinite(bound)) throw new Error(`the environment reports no numeric ${match[1]} (got ${String(reported)})`);
  return String(bound + Number(match[2] ?? 0));
}

/**
 * A row's value for a field the contract types as a JSON number: the number it spells, or the text as it is (a
 * wrong-type row sends "ten" on purpose).
 */
export function asJsonNumber(value: string): number | string {
  return Number.isFinite(Number(value)) ? Number(value) : value;
}

/**
 * The declaration of a row's test at one point (harness/covers.ts): the row ID, its requirement IDs, the operation of
 * its file (a CONTRACT-* requirement names none) and the aspect its expected status says.
 */
export function limitDeclaration(file: Pick<LimitFile, 'operation'>, limitCase: LimitCase): [string, TestDetails] {
  const { row } = limitCase;
  const coverage = { requirements: provenRequirements(row), case: row.id, operation: file.operation, story: storyOfStatus(row.expect.status) };
  return covering(coverage, limitTitle(limitCase));
}

/**
 * What a row's test title says after its IDs, e.g. the whole titles
 * `[PREF-LIMIT-002] [CARD-PREF-003] international ATM: maxTransaction {upperLimitMaxTransaction+1} (above-max) is rejected with 400 on maxTransaction`;
 * `[LIEN-LIMIT-007] [WALLET-LIEN-002] ADJUST, given a lien of 400: lienAmount 250 (within) is accepted and reads back held 250`.
 */
export function limitTitle({ row, at }: LimitCase): string {
  const where = [Object.values(at).join(' '), row.given && `given ${row.given}`].filter(Boolean).join(', ');
  const { status, businessCode, fieldErrorOn } = row.expect;
  const outcome =
    status === 200 ? 'is accepted' : businessCode ? `is rejected with ${businessCode}` : `is rejected with ${status}${fieldErrorOn ? ` on ${fieldErrorOn}` : ''}`;
  const readBack = row.readBack ? Object.entries(row.readBack).map(([key, value]) => `${key} ${value}`).join(', ') : '';
  const then = readBack ? ` and reads back ${readBack}` : status === 200 ? ' and reads back' : '';
  // A title is in every report: the value of a personal field (an e-mail, a mobile, a PAN, a date of birth) is masked
  // by its key, as in attachments; the row ID and the boundary still say which case it is. A placeholder is no value.
  const key = row.field.split('.').pop()!;
  const placeholder = typeof row.value === 'string' && /^\{[^}]+\}$/.test(row.value);
  const value = isMaskedKey(key) && !placeholder ? (maskValue({ [key]: row.value }) as Record<string, unknown>)[key] : row.value;
  return `${where ? `${where}: ` : ''}${row.field} ${value} (${row.boundary}) ${outcome}${then}`;
}
