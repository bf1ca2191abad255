/**
 * Limit edge cases (fixtures/limits/*.json): one row per boundary of one field, expanded over the operation's own
 * dimensions (preference scope × type, …) and given a stable, outcome-stating title. The spec of the operation does
 * the requests; this file only reads and expands the data.
 */
import type { TestDetails } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFiles } from '../contract/json-files';
import { isMaskedKey, maskValue } from '../reporting/mask';
import { covering, storyOfStatus } from '../reporting/covers';
import { provenRequirements, type RuleWithAnswer } from '../reporting/requirements';

export interface LimitRow {
  id: string;
  boundary: 'below-min' | 'at-min' | 'within' | 'at-max' | 'above-max' | 'zero' | 'negative' | 'wrong-type' | 'missing' | 'unknown';
  field: string;
  value: LimitValue;
  /** The values of each dimension the row runs for; every value of a dimension it does not name. */
  where?: Record<string, string[]>;
  /** A precondition the operation's spec sets up first; which operation has which, the meta-schema says. */
  given?: { lien?: number; nominee?: 'minor' };
  /** Other fields sent with the row's field, as they are. */
  with?: Record<string, unknown>;
  /** What a later read must show, in the operation's own terms; which keys each operation reads, the meta-schema says. */
  readBack?: Record<string, string | number | boolean | Bound>;
  expect: { status: number; businessCode?: string; fieldErrorOn?: string };
  requirements: string[];
  /** See {@link RuleWithAnswer}. */
  answerRequirement?: string;
  provenance: 'documented' | 'inferred';
  assumption?: string;
  /** How the title names a value reports mask, where the masked value would not tell this row from another. */
  shownAs?: string;
}

/**
 * The value a row sends, as it is (a string as a string, a number as a number, an array as an array), or an object
 * for what is not a literal (fixtures/meta/limits.schema.json, `$defs/value`).
 */
export type LimitValue = string | number | boolean | null | unknown[] | Bound | Own | Presence;

/** A bound the environment reports, or that bound plus `offset`. */
export interface Bound {
  bound: string;
  offset?: number;
}

/** A value of the test's own data, by the name the operation's spec gives it. */
export interface Own {
  own: string;
}

/** Whether the field is sent at all: left out, or with a valid one the operation's spec makes. */
export interface Presence {
  presence: 'omitted' | 'given';
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

const LIMITS_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'limits');

/** `fixtures/limits/<name>.json`, which runner/preflight.ts has checked against its meta-schema. */
export function limitFile(name: string): LimitFile {
  return JSON.parse(readFileSync(join(LIMITS_DIR, `${name}.json`), 'utf8')) as LimitFile;
}

/** Every limit file, by name order. */
export function loadLimitFiles(dir: string = LIMITS_DIR): LimitFile[] {
  return readJsonFiles<LimitFile>(dir);
}

/**
 * What is wrong with a limit file beyond its meta-schema, one line each: a requirement ID the catalogue does not
 * know, a row ID another row already has (`seen` spans all files: reports and deviations name a row by its ID), or a
 * value that is text in braces: it reads like a bound or the test's own data, and a title shows it so, but it would
 * be sent as that text.
 */
export function limitProblems(file: LimitFile, shown: string, known: ReadonlySet<string>, seen: Set<string>): string[] {
  const problems: string[] = [];
  for (const row of file.rows) {
    if (seen.has(row.id)) problems.push(`${shown}: row ID ${row.id} is used twice`);
    seen.add(row.id);
    for (const id of provenRequirements(row).filter((r) => !known.has(r))) problems.push(`${shown}: row ${row.id} names unknown requirement ${id}`);
    if (typeof row.value === 'string' && /^\{\w+([+-]\d+)?\}$/.test(row.value)) {
      problems.push(`${shown}: row ${row.id} would send the text ${row.value}; a bound is {"bound": …}, a value of the test's own data {"own": …}`);
    }
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
 * The value a row sends: a literal as it is; a bound as the environment reports it in `known` (plus its offset, in
 * the same type: a string of digits stays a string, as card preference limits are); a value of the test's own data as
 * `known` holds it. A field's presence is the operation's spec's to decide ({@link presenceOf}).
 * @example resolveValue({ bound: 'upperLimitMaxTransaction', offset: 1 }, { upperLimitMaxTransaction: '20' }) // '21'
 */
export function resolveValue(value: LimitValue, known: object): unknown {
  if (!isShape(value)) return value;
  if ('presence' in value) throw new Error(`a value of presence ${value.presence} is sent or left out by the operation's spec, not resolved`);
  const name = 'bound' in value ? value.bound : value.own;
  const reported = (known as Record<string, unknown>)[name];
  if (reported === undefined) throw new Error('bound' in value ? `the environment reports no ${name}` : `the spec gives no value of its own named ${name}`);
  if (!('bound' in value) || !value.offset) return reported;
  const bound = Number(reported);
  if ((typeof reported !== 'number' && typeof reported !== 'string') || reported === '' || !Number.isFinite(bound)) {
    throw new Error(`the environment reports no numeric ${name} (got ${String(reported)})`);
  }
  return typeof reported === 'string' ? String(bound + value.offset) : bound + value.offset;
}

/** `omitted` or `given` when the row is about whether its field is sent at all; undefined for any other value. */
export function presenceOf(value: LimitValue): Presence['presence'] | undefined {
  return isShape(value) && 'presence' in value ? value.presence : undefined;
}

const isShape = (value: LimitValue): value is Bound | Own | Presence => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A value as a title shows it: a bound as `{upperLimitMaxTransaction+1}`, the test's own data as `{newPan}`, a
 * presence as its word, an array's items joined by `+` (`50+50`, the shares of two nominees), a literal as it reads.
 */
export function shownValue(value: LimitValue): string {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item))).join('+');
  if (!isShape(value)) return String(value);
  if ('presence' in value) return value.presence;
  if ('own' in value) return `{${value.own}}`;
  return `{${value.bound}${value.offset ? `${value.offset > 0 ? '+' : ''}${value.offset}` : ''}}`;
}

/**
 * The declaration of a row's test at one point (harness/reporting/covers.ts): the row ID, its requirement IDs, the operation of
 * its file (a CONTRACT-* requirement names none) and the aspect its expected status says.
 */
export function limitDeclaration(file: Pick<LimitFile, 'operation'>, limitCase: LimitCase): [string, TestDetails] {
  const { row } = limitCase;
  const coverage = { requirements: provenRequirements(row), case: row.id, operation: file.operation, story: storyOfStatus(row.expect.status) };
  return covering(coverage, limitTitle(limitCase));
}

/**
 * A row's test title (its IDs are its tags), e.g.
 * `international ATM: maxTransaction {upperLimitMaxTransaction+1} (above-max) is rejected with 400 on maxTransaction`;
 * `ADJUST, given a lien of 400: lienAmount 250 (within) is accepted and reads back held 250`.
 */
export function limitTitle({ row, at }: LimitCase): string {
  const where = [Object.values(at).join(' '), row.given && `given ${shownGiven(row.given)}`].filter(Boolean).join(', ');
  const { status, businessCode, fieldErrorOn } = row.expect;
  const outcome =
    status === 200 ? 'is accepted' : businessCode ? `is rejected with ${businessCode}` : `is rejected with ${status}${fieldErrorOn ? ` on ${fieldErrorOn}` : ''}`;
  const readBack = row.readBack ? Object.entries(row.readBack).map(([key, value]) => `${key} ${shownValue(value)}`).join(', ') : '';
  const then = readBack ? ` and reads back ${readBack}` : status === 200 ? ' and reads back' : '';
  // A title is in every report: the value of a personal field (an e-mail, a mobile, a PAN, a date of birth) is masked
  // by its key, as in attachments; the boundary, or the row's shownAs where two masked values look alike, still says
  // which case it is (the row ID is a tag). A bound, the test's own data or a presence is no value.
  const key = row.field.split('.').pop()!;
  const masked = isMaskedKey(key) && !isShape(row.value);
  const value = masked ? shownValue((maskValue({ [key]: row.value }) as Record<string, LimitValue>)[key]) : shownValue(row.value);
  return `${where ? `${where}: ` : ''}${row.field} ${(masked && row.shownAs) || value} (${row.boundary}) ${outcome}${then}`;
}

/** A given as titles have always named it: `a lien of 400`, `a minor nominee`. */
function shownGiven(given: NonNullable<LimitRow['given']>): string {
  return given.lien !== undefined ? `a lien of ${given.lien}` : `a ${given.nominee} nominee`;
}
