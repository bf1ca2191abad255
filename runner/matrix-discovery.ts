/**
 * Matrix discovery: from a run's JSON report, the status-transition matrices (and, with runner/effect-discovery.ts,
 * the status-effect matrices) the environment showed (each cell's
 * `matrix-observation`, written by harness/matrices/transitions.ts before any verdict), and the diff against the expected
 * matrices in fixtures/: every cell where the two disagree. This is how a platform team learns that a release
 * changed a transition rule. Pure functions plus one writer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CellOutcome, codeAlternatives, type Matrix, type MatrixCell } from '../harness/matrices/matrices';
import type { EffectMatrix } from '../harness/matrices/effects';
import { annotationsOf, type CellObservation, type EffectObservation } from '../harness/reporting/annotations';
import { messageLike } from '../harness/matrices/transitions';
import type { CellDifference } from './cell-difference';
import { effectDiff, observedEffects } from './effect-discovery';
import { type PlaywrightJsonReport, reportedTests } from './playwright-report';

/** Every cell observation in a Playwright JSON report. */
export function observationsFrom(report: PlaywrightJsonReport): CellObservation[] {
  return reportedTests(report).flatMap((t) => annotationsOf(t.annotations, 'matrix-observation'));
}

/** The expected outcome in words: `409 PPCUST_032, stays CLOSED` or `200 "Card was already LOCKED", becomes LOCKED`. */
export function describeExpected(cell: MatrixCell, outcome: CellOutcome): string {
  return describe(outcome.status, outcome.businessCode, outcome.message, outcome.becomes ?? cell.from, cell.from);
}

function describeObserved(matrix: Matrix, cell: MatrixCell, outcome: CellOutcome, seen: CellObservation): string {
  // Only what the expectation fixes is compared, so only that is shown: a message the cell does not name is not a
  // difference, and a code or wording the docs allow beside the expected one is shown as the expected one.
  const code = seen.businessCode !== undefined && codeAlternatives(matrix, outcome.businessCode).includes(seen.businessCode) ? outcome.businessCode : seen.businessCode;
  const message = outcome.message === undefined ? undefined : messageLike(seen.message, outcome.message, outcome.becomes);
  return describe(seen.status, code, message as string | undefined, seen.readBack, cell.from);
}

function describe(status: number | null, code: string | undefined, message: string | undefined, after: string, from: string): string {
  const answer = [status ?? 'no answer', code, message === undefined ? undefined : `"${message}"`].filter((x) => x !== undefined).join(' ');
  return `${answer}, ${after === from ? 'stays' : 'becomes'} ${after}`;
}

/**
 * What the run observed for a cell and actor. An observation without an answer (a report written before environment
 * faults were left out) is none: an environment fault is never a disagreement.
 */
function observation(observations: readonly CellObservation[], matrix: Matrix, cell: MatrixCell, outcome: CellOutcome): CellObservation | undefined {
  return observations.find((o) => o.matrix === matrix.matrix && o.cell === cell.id && o.actor === outcome.actor && o.status !== null);
}

/** The cells of one matrix where what the run observed is not what the matrix expects, and those it did not observe. */
export function matrixDiff(matrix: Matrix, observations: readonly CellObservation[]): { disagreements: CellDifference[]; unobserved: CellDifference[] } {
  const disagreements: CellDifference[] = [];
  const unobserved: CellDifference[] = [];
  for (const cell of matrix.cells) {
    for (const outcome of cell.expect) {
      const row = { matrix: matrix.matrix, cell: cell.id, actor: outcome.actor, transition: `${cell.from} → ${cell.to}`, expected: describeExpected(cell, outcome) };
      const seen = observation(observations, matrix, cell, outcome);
      if (!seen) {
        unobserved.push(row);
        continue;
      }
      const observed = describeObserved(matrix, cell, outcome, seen);
      if (observed !== row.expected) disagreements.push({ ...row, observed });
    }
  }
  return { disagreements, unobserved };
}

/**
 * The matrix as the environment showed it, in the shape of the expected one (cells with `expect` per actor), so
 * that a reviewer can accept a change by copying cells into fixtures/matrices/. Unobserved cells are left out.
 */
export function observedMatrix(matrix: Matrix, observations: readonly CellObservation[]) {
  const cells = matrix.cells.flatMap((cell) => {
    const expect = cell.expect.flatMap((outcome) => {
      const seen = observation(observations, matrix, cell, outcome);
      if (!seen) return [];
      const base = { actor: seen.actor, status: seen.status };
      if (seen.status !== 200) return [{ ...base, ...(seen.businessCode ? { businessCode: seen.businessCode } : {}) }];
      return [{ ...base, becomes: seen.readBack, ...(outcome.message !== undefined && seen.message ? { message: seen.message } : {}) }];
    });
    return expect.length > 0 ? [{ id: cell.id, from: cell.from, to: cell.to, expect }] : [];
  });
  return { matrix: matrix.matrix, title: matrix.title, entity: matrix.entity, operation: matrix.operation, cells };
}

/**
 * Writes `<dir>/<matrix>.observed.json` per matrix and `<dir>/diff.json` + `<dir>/diff.md`, and returns the
 * number of disagreements. `about` names the environment in the files.
 */
export function writeMatrixReports(
  dir: string,
  matrices: readonly Matrix[],
  observations: readonly CellObservation[],
  about: { environment: string; baseUrl: string },
  effects: { matrices: readonly EffectMatrix[]; observations: readonly EffectObservation[] } = { matrices: [], observations: [] },
): number {
  mkdirSync(dir, { recursive: true });
  const observedAt = new Date().toISOString();
  const diffs = [
    ...matrices.map((matrix) => ({ matrix: matrix.matrix, ...matrixDiff(matrix, observations) })),
    ...effects.matrices.map((matrix) => ({ matrix: matrix.effects, ...effectDiff(matrix, effects.observations) })),
  ];
  const observedFiles = [
    ...matrices.map((matrix) => observedMatrix(matrix, observations)),
    ...effects.matrices.map((matrix) => observedEffects(matrix, effects.observations)),
  ];
  for (const observed of observedFiles) {
    const name = 'matrix' in observed ? observed.matrix : observed.effects;
    writeFileSync(join(dir, `${name}.observed.json`), `${JSON.stringify({ ...about, observedAt, ...observed }, null, 2)}\n`);
  }
  writeFileSync(join(dir, 'diff.json'), `${JSON.stringify({ ...about, observedAt, matrices: diffs }, null, 2)}\n`);
  writeFileSync(join(dir, 'diff.md'), diffMarkdown(about, diffs));
  return diffs.reduce((n, d) => n + d.disagreements.length, 0);
}

function diffMarkdown(about: { environment: string; baseUrl: string }, diffs: { matrix: string; disagreements: CellDifference[]; unobserved: CellDifference[] }[]): string {
  const lines = [`# Status matrices: ${about.environment} (${about.baseUrl}) against fixtures/matrices/ (transitions) and fixtures/effects/ (what each status lets through)`, ''];
  for (const { matrix, disagreements, unobserved } of diffs) {
    lines.push(`## ${matrix}`, '');
    if (disagreements.length === 0) lines.push('Every observed cell is as expected.', '');
    else {
      lines.push('| cell | transition | actor | expected | observed |', '|---|---|---|---|---|');
      for (const d of disagreements) lines.push(`| ${d.cell} | ${d.transition} | ${d.actor} | ${d.expected} | ${d.observed} |`);
      lines.push('');
    }
    if (unobserved.length > 0) lines.push(`Not observed (unreachable, setup failed, or skipped): ${unobserved.map((d) => `${d.cell} (${d.actor})`).join(', ')}.`, '');
  }
  return `${lines.join('\n')}\n`;
}
