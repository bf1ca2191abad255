/**
 * Effect discovery: from a run's JSON report, what each status let through as the environment showed it (each effect
 * cell's `effect-observation`, written by harness/matrices/status-effects.ts before any verdict), and the cells where that is
 * not what fixtures/effects/ expects. Only the rule is compared (went through and moved the balance by its amount, or
 * was refused and changed nothing), not the exact refusal answer: that is a SHOULD of its own. Pure functions.
 */
import { CELL_AMOUNT, type EffectCell, type EffectMatrix } from '../harness/matrices/effects';
import { annotationsOf, type EffectObservation } from '../harness/reporting/annotations';
import type { CellDifference } from './cell-difference';
import { type PlaywrightJsonReport, reportedTests } from './playwright-report';

/** Every effect observation in a Playwright JSON report. */
export function effectObservationsFrom(report: PlaywrightJsonReport): EffectObservation[] {
  return reportedTests(report).flatMap((t) => annotationsOf(t.annotations, 'effect-observation'));
}

const signed = (cell: EffectCell) => `${cell.movement === 'debit' ? '-' : '+'}${CELL_AMOUNT}`;

/** How far a run saw the balance move, as `signed` writes it: `-10.00`, `+0.00`. */
const seenChange = (seen: EffectObservation) => `${seen.balanceChange < 0 ? '-' : '+'}${Math.abs(seen.balanceChange).toFixed(2)}`;

/** The rule in words: `goes through, balance -10.00, 1 item recorded` or `refused, nothing changes`. */
function describeEffect(cell: EffectCell, effect: EffectCell['expect']): string {
  return effect === 'allowed' ? `goes through, balance ${signed(cell)}, 1 item recorded` : 'refused, nothing changes';
}

/** What a run showed, in the words of the rule when it followed one of the two, else as it was. */
export function observedEffect(cell: EffectCell, seen: EffectObservation): EffectCell['expect'] | undefined {
  if (seen.status >= 200 && seen.status < 300 && seenChange(seen) === signed(cell) && seen.recorded === 1) return 'allowed';
  if (seen.status >= 400 && seen.status < 500 && seen.balanceChange === 0 && seen.recorded === 0) return 'refused';
  return undefined;
}

function describeObserved(cell: EffectCell, seen: EffectObservation): string {
  const effect = observedEffect(cell, seen);
  if (effect) return describeEffect(cell, effect);
  const answer = [seen.status, seen.businessCode].filter((x) => x !== undefined).join(' ');
  return `${answer}, balance ${seenChange(seen)}, ${seen.recorded} item${seen.recorded === 1 ? '' : 's'} recorded`;
}

/** The cells of one effect matrix where the run saw another effect than expected, and those it did not observe. */
export function effectDiff(effects: EffectMatrix, observations: readonly EffectObservation[]): { disagreements: CellDifference[]; unobserved: CellDifference[] } {
  const disagreements: CellDifference[] = [];
  const unobserved: CellDifference[] = [];
  for (const cell of effects.cells) {
    const row = { matrix: effects.effects, cell: cell.id, actor: 'partner' as const, transition: `${cell.status} × ${cell.movement}`, expected: describeEffect(cell, cell.expect) };
    const seen = observations.find((o) => o.effects === effects.effects && o.cell === cell.id);
    if (!seen) {
      unobserved.push(row);
      continue;
    }
    const observed = describeObserved(cell, seen);
    if (observed !== row.expected) disagreements.push({ ...row, observed });
  }
  return { disagreements, unobserved };
}

/**
 * The effect matrix as the environment showed it, in the shape of the expected one, so a reviewer can accept a change
 * by copying `expect` into fixtures/effects/. A cell that followed neither rule keeps what was seen, and no `expect`.
 */
export function observedEffects(effects: EffectMatrix, observations: readonly EffectObservation[]) {
  const cells = effects.cells.flatMap((cell) => {
    const seen = observations.find((o) => o.effects === effects.effects && o.cell === cell.id);
    if (!seen) return [];
    const effect = observedEffect(cell, seen);
    const { effects: _name, cell: _id, ...observed } = seen;
    return [{ id: cell.id, status: cell.status, movement: cell.movement, ...(effect ? { expect: effect } : {}), observed }];
  });
  return { effects: effects.effects, title: effects.title, entity: effects.entity, transitions: effects.transitions, cells };
}
