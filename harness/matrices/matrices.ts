/**
 * Status-transition matrices (fixtures/matrices/*.json): the types, the checks a matrix file must pass beyond its
 * meta-schema, and the pure functions the specs and the reference sandbox share: the cell for a request, the
 * outcome for an actor, and the shortest path of allowed transitions to a status. No network here.
 */
import type { TestDetails } from '@playwright/test';
import { basename, join } from 'node:path';
import type { Actor } from '../contract/actor';
import { readJsonFiles } from '../contract/json-files';
import { point } from '../verdicts/interpretations';
import { covering, storyOfStatus } from '../reporting/covers';
import { provenRequirements, type RuleWithAnswer } from '../reporting/requirements';


/** The documented rule that decides a cell. */
export type CellRule = 'allowed' | 'same-status' | 'terminal' | 'support-only' | 'already-in-status' | 'wrong-state';

/** What one actor gets for one cell. */
export interface CellOutcome {
  actor: Actor;
  status: number;
  businessCode?: string;
  /** On 200: the status a later read returns. */
  becomes?: string;
  /** On 200: the `result.message` of the answer. */
  message?: string;
}

export interface MatrixCell {
  id: string;
  from: string;
  to: string;
  rule: CellRule;
  expect: CellOutcome[];
  requirements: string[];
  provenance: 'documented' | 'inferred';
  source: string;
  assumption?: string;
  note?: string;
  /** See {@link RuleWithAnswer}. */
  answerRequirement?: string;
}

export interface Matrix {
  matrix: string;
  title: string;
  entity: 'customer' | 'wallet' | 'card';
  operation: string;
  initial: string;
  statuses: string[];
  /** Request value → the status it asks for. */
  requests: Record<string, string>;
  cells: MatrixCell[];
}

export const MATRICES_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'matrices');

/** Every matrix file of a folder, by matrix name. Call only after the files passed `matrixProblems`. */
export function loadMatrices(dir: string = MATRICES_DIR): Matrix[] {
  return readJsonFiles<Matrix>(dir);
}

/**
 * What is wrong with a matrix beyond its meta-schema, one line each: a matrix must be total (one cell per status ×
 * request), name only its own statuses and catalogued requirements, and give the partner an outcome in every cell.
 * `catalogue` is the set of requirement IDs, passed in so that a broken catalogue file is reported, not imported.
 */
export function matrixProblems(matrix: Matrix, file: string, catalogue: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const where = (cell: MatrixCell) => `${file}: ${cell.id} (${cell.from} → ${cell.to})`;
  if (matrix.matrix !== basename(file, '.json')) problems.push(`${file}: "matrix" is "${matrix.matrix}", not the file's name`);
  if (!matrix.statuses.includes(matrix.initial)) problems.push(`${file}: initial status ${matrix.initial} is not in "statuses"`);
  for (const [request, asks] of Object.entries(matrix.requests)) {
    if (!matrix.statuses.includes(asks)) problems.push(`${file}: request ${request} asks for ${asks}, which is not in "statuses"`);
  }
  const ids = new Set<string>();
  const pairs = new Set<string>();
  for (const cell of matrix.cells) {
    if (ids.has(cell.id)) problems.push(`${where(cell)}: cell ID listed twice`);
    ids.add(cell.id);
    if (pairs.has(`${cell.from}→${cell.to}`)) problems.push(`${where(cell)}: a second cell for the same transition`);
    pairs.add(`${cell.from}→${cell.to}`);
    if (!matrix.statuses.includes(cell.from)) problems.push(`${where(cell)}: from ${cell.from} is not in "statuses"`);
    if (!(cell.to in matrix.requests)) problems.push(`${where(cell)}: to ${cell.to} is not in "requests"`);
    if (!cell.expect.some((o) => o.actor === 'partner')) problems.push(`${where(cell)}: no outcome for the partner`);
    if (new Set(cell.expect.map((o) => o.actor)).size !== cell.expect.length) problems.push(`${where(cell)}: two outcomes for one actor`);
    for (const o of cell.expect) {
      if (o.becomes !== undefined && !matrix.statuses.includes(o.becomes)) problems.push(`${where(cell)}: becomes ${o.becomes}, not in "statuses"`);
    }
    for (const id of provenRequirements(cell)) if (!catalogue.has(id)) problems.push(`${where(cell)}: requirement ${id} is not in fixtures/requirements.json`);
  }
  // Total: a missing cell is a transition nobody decided, so the suite would silently not test it.
  for (const from of matrix.statuses) {
    for (const to of Object.keys(matrix.requests)) {
      if (!pairs.has(`${from}→${to}`)) problems.push(`${file}: no cell for ${from} → ${to} (a matrix is total)`);
    }
  }
  return problems;
}

/** The cell deciding a request for `to` on an entity in `from`. */
export function cellFor(matrix: Matrix, from: string, to: string): MatrixCell | undefined {
  return matrix.cells.find((cell) => cell.from === from && cell.to === to);
}

/** The outcome an actor gets: its own when the cell lists one, otherwise the partner's (support may do what a partner may). */
export function outcomeFor(cell: MatrixCell, actor: Actor): CellOutcome {
  return cell.expect.find((o) => o.actor === actor) ?? cell.expect.find((o) => o.actor === 'partner')!;
}

/** One request on the way to a status: the cell it exercises and who sends it. */
export interface Step {
  cell: MatrixCell;
  outcome: CellOutcome;
}

/**
 * The shortest sequence of allowed transitions from the matrix's initial status to `status`, using only the given
 * actors (breadth-first, partner steps before support steps). `[]` for the initial status itself; undefined when no
 * path exists: such a cell is unreachable and is reported so, not tested.
 */
export function pathTo(matrix: Matrix, status: string, actors: readonly Actor[]): Step[] | undefined {
  const paths = new Map<string, Step[]>([[matrix.initial, []]]);
  const queue = [matrix.initial];
  while (queue.length > 0) {
    const from = queue.shift()!;
    if (from === status) return paths.get(from);
    for (const actor of (['partner', 'support'] as const).filter((a) => actors.includes(a))) {
      for (const cell of matrix.cells.filter((c) => c.from === from)) {
        const outcome = outcomeFor(cell, actor);
        const next = outcome.status === 200 ? outcome.becomes! : from;
        if (next === from || paths.has(next)) continue;
        paths.set(next, [...paths.get(from)!, { cell, outcome }]);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/**
 * The path a cell's test takes to `status`, with every actor a matrix names: what "reachable" means everywhere (the
 * spec skips a cell without one; the fault proof counts only cells with one).
 */
export function setupPath(matrix: Matrix, status: string): Step[] | undefined {
  return pathTo(matrix, status, ['partner', 'support']);
}

/** The tests a matrix expands to: one per cell and actor it lists. */
export function cellTests(matrix: Matrix): Step[] {
  return matrix.cells.flatMap((cell) => cell.expect.map((outcome) => ({ cell, outcome })));
}

/**
 * The declaration of a cell's test (harness/reporting/covers.ts): the cell ID, which reports and known deviations use, the
 * requirement IDs the labels come from, as tags, and a stable, outcome-stating title: `CLOSED → ACTIVE is rejected with PPCUST_032`.
 */
export function cellDeclaration(matrix: Matrix, step: Step): [string, TestDetails] {
  const { cell, outcome } = step;
  return covering({ requirements: provenRequirements(cell), case: cell.id, story: storyOfStatus(outcome.status) }, cellTitle(matrix, step));
}

/** A cell's test title (its IDs are its tags): `CLOSED → ACTIVE is rejected with PPCUST_032`. */
export function cellTitle(matrix: Matrix, { cell, outcome }: Step): string {
  const subject = matrix.entity === 'card' ? `${cell.from} card, ${cell.to} request` : `${cell.from} → ${cell.to}`;
  const who = cell.expect.length > 1 ? (outcome.actor === 'support' ? ' for the support role' : ' for the partner') : '';
  let result: string;
  if (outcome.status !== 200) {
    const codes = codeAlternatives(matrix, outcome.businessCode).join(' or ');
    const refusal = codes ? `is rejected${who} with ${codes}` : `is refused${who} with ${outcome.status}`;
    result = `${refusal} and the status stays ${cell.from}`;
  } else if (outcome.message) {
    result = `succeeds${who} with "${outcome.message}"`;
  } else {
    result = `succeeds${who} and a later read returns ${outcome.becomes}`;
  }
  return `${subject} ${result}`;
}

export const CARD_CODE_POINT = 'invalid-card-transition-code';

/**
 * Every code the docs allow where a cell names `code`: for a card refused with the point's reference code, each
 * side of the point; else the code alone. Titles and matrix discovery show these, whatever the profile picks.
 */
export function codeAlternatives(matrix: Pick<Matrix, 'entity'>, code: string | undefined): string[] {
  if (code === undefined) return [];
  const { reference, sides } = point(CARD_CODE_POINT);
  return matrix.entity === 'card' && code === reference ? sides.map((side) => side.id) : [code];
}

/** The matrix of `fixtures/matrices/<name>.json`. */
export function matrix(name: string, dir: string = MATRICES_DIR): Matrix {
  const found = loadMatrices(dir).find((m) => m.matrix === name);
  if (!found) throw new Error(`no matrix "${name}" in ${dir}`);
  return found;
}
