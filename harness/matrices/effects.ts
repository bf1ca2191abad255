/**
 * Status-effect matrices (fixtures/effects/*.json): what a customer's or a wallet's status lets through, one cell
 * per status × kind of money movement. The types, the checks a file must pass beyond its meta-schema, and the titles.
 * The statuses, and the path to each, come from the status-transition matrix the file names. No network here.
 */
import type { TestDetails } from '@playwright/test';
import { basename, join } from 'node:path';
import { readJsonFiles } from '../contract/json-files';
import type { TransactionOrigin, TransactionType } from '../../openapi/components';
import type { Matrix } from './matrices';
import { covering } from '../reporting/covers';
import { provenRequirements, type RuleWithAnswer } from '../reporting/requirements';

/** The kinds of money movement a status decides on. */
export type Movement = 'credit' | 'debit' | 'refund';

export const MOVEMENTS: readonly Movement[] = ['credit', 'debit', 'refund'];

/**
 * How each movement is sent to loadWallet (transaction/createTransaction): "transactionType, not the sign, decides
 * credit or debit", and loads use txnOrigin LOAD. A refund is a REFUND from the point of sale that took the money.
 */
export const MOVEMENT_REQUEST: Readonly<Record<Movement, { transactionType: TransactionType; txnOrigin: TransactionOrigin }>> = {
  credit: { transactionType: 'CREDIT', txnOrigin: 'LOAD' },
  debit: { transactionType: 'DEBIT', txnOrigin: 'POS' },
  refund: { transactionType: 'REFUND', txnOrigin: 'POS' },
};

/** What a cell's movement must do: go through and move the balance by its amount, or be refused and change nothing. */
export type Effect = 'allowed' | 'refused';

export interface EffectCell extends RuleWithAnswer {
  id: string;
  status: string;
  movement: Movement;
  expect: Effect;
  requirements: string[];
  provenance: 'documented' | 'inferred';
  source: string;
  /** The sentence of the source that decides the cell. */
  quote: string;
  assumption?: string;
}

export interface EffectMatrix {
  effects: string;
  title: string;
  /** Whose status decides; the other (the wallet, or its customer) stays ACTIVE. */
  entity: 'customer' | 'wallet';
  /** The status-transition matrix that names the statuses and reaches them. */
  transitions: string;
  cells: EffectCell[];
}

export const EFFECTS_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'effects');

/** Every effect matrix of a folder. Call only after the files passed `effectProblems`. */
export function loadEffectMatrices(dir: string = EFFECTS_DIR): EffectMatrix[] {
  return readJsonFiles<EffectMatrix>(dir);
}

/** The effect matrix of `fixtures/effects/<name>.json`. */
export function effectMatrix(name: string, dir: string = EFFECTS_DIR): EffectMatrix {
  const found = loadEffectMatrices(dir).find((m) => m.effects === name);
  if (!found) throw new Error(`no effect matrix "${name}" in ${dir}`);
  return found;
}

/**
 * What is wrong with an effect matrix beyond its meta-schema, one line each: it must be total (one cell per status of
 * its transition matrix × movement), of the same entity as that matrix, and name only catalogued requirements.
 * `transitions` are the status-transition matrices; `catalogue` the requirement IDs.
 */
export function effectProblems(effects: EffectMatrix, file: string, transitions: readonly Matrix[], catalogue: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (effects.effects !== basename(file, '.json')) problems.push(`${file}: "effects" is "${effects.effects}", not the file's name`);
  const matrix = transitions.find((m) => m.matrix === effects.transitions);
  if (!matrix) return [...problems, `${file}: "transitions" names ${effects.transitions}, which is not in fixtures/matrices/`];
  if (matrix.entity !== effects.entity) problems.push(`${file}: entity ${effects.entity}, but ${matrix.matrix} moves a ${matrix.entity}`);
  const ids = new Set<string>();
  const pairs = new Set<string>();
  for (const cell of effects.cells) {
    const where = `${file}: ${cell.id} (${cell.status} × ${cell.movement})`;
    if (ids.has(cell.id)) problems.push(`${where}: cell ID listed twice`);
    ids.add(cell.id);
    if (pairs.has(`${cell.status}×${cell.movement}`)) problems.push(`${where}: a second cell for the same status and movement`);
    pairs.add(`${cell.status}×${cell.movement}`);
    if (!matrix.statuses.includes(cell.status)) problems.push(`${where}: ${cell.status} is not a status of ${matrix.matrix}`);
    for (const id of provenRequirements(cell)) if (!catalogue.has(id)) problems.push(`${where}: requirement ${id} is not in fixtures/requirements.json`);
  }
  // Total: a missing cell is a status whose meaning nobody decided, so the suite would silently not test it.
  for (const status of matrix.statuses) {
    for (const movement of MOVEMENTS) if (!pairs.has(`${status}×${movement}`)) problems.push(`${file}: no cell for ${status} × ${movement} (an effect matrix is total)`);
  }
  return problems;
}

/** The amount every cell moves, and what the wallet holds before it, so that a debit is within the balance. */
export const CELL_AMOUNT = '10.00';
export const CELL_FUNDING = '100.00';

/**
 * The declaration of a cell's test (harness/reporting/covers.ts): the cell and requirement IDs as tags, and a stable,
 * outcome-stating title: `a DEBIT_FREEZE wallet: a debit of 10.00 is refused and changes nothing`.
 */
export function effectDeclaration(effects: EffectMatrix, cell: EffectCell): [string, TestDetails] {
  const story = cell.expect === 'allowed' ? 'success' : 'business rule';
  return covering({ requirements: provenRequirements(cell), case: cell.id, story }, effectTitle(effects, cell));
}

/** A cell's test title (its IDs are its tags): `a DEBIT_FREEZE wallet: a debit of 10.00 is refused and changes nothing`. */
export function effectTitle(effects: EffectMatrix, cell: EffectCell): string {
  const result = cell.expect === 'allowed' ? `goes through and moves the balance by ${cell.movement === 'debit' ? '-' : '+'}${CELL_AMOUNT}` : 'is refused and changes nothing';
  const article = /^[AEIOU]/.test(cell.status) ? 'an' : 'a';
  return `${article} ${cell.status} ${effects.entity}: a ${cell.movement} of ${CELL_AMOUNT} ${result}`;
}
