import assert from 'node:assert/strict';
import test from 'node:test';
import { matrix } from '../../harness/matrices/matrices';
import type { CellObservation } from '../../harness/reporting/annotations';
import { matrixDiff, observationsFrom, observedMatrix } from '../../runner/matrix-discovery';

const card = matrix('card-status');

/** What the reference sandbox does for every reachable card cell, as observations. */
function asExpected(): CellObservation[] {
  return card.cells
    .filter((cell) => ['ACTIVE', 'LOCKED', 'BLOCKED'].includes(cell.from))
    .map((cell) => {
      const [o] = cell.expect;
      return { matrix: 'card-status', cell: cell.id, actor: o.actor, status: o.status, businessCode: o.businessCode, message: o.message, readBack: o.becomes ?? cell.from };
    });
}

test('observations that match every cell give no disagreement, and list the cells nobody observed', () => {
  const { disagreements, unobserved } = matrixDiff(card, asExpected());
  assert.deepEqual(disagreements, []);
  assert.deepEqual(unobserved.map((d) => d.cell), ['CARD-CELL-010', 'CARD-CELL-011', 'CARD-CELL-012', 'CARD-CELL-013', 'CARD-CELL-014', 'CARD-CELL-015', 'CARD-CELL-016', 'CARD-CELL-017', 'CARD-CELL-018']);
});

test('a changed rule is one disagreement naming the cell, the transition, and both outcomes', () => {
  const observations = asExpected().map((o) => (o.cell === 'CARD-CELL-006' ? { ...o, status: 200, businessCode: undefined, readBack: 'BLOCKED' } : o));
  assert.deepEqual(matrixDiff(card, observations).disagreements, [
    { matrix: 'card-status', cell: 'CARD-CELL-006', actor: 'partner', transition: 'LOCKED → BLOCKED', expected: '409 PPCUST_032, stays LOCKED', observed: '200, becomes BLOCKED' },
  ]);
});

test('a status change answered but not kept, and a different message, are disagreements too', () => {
  const observations = asExpected().map((o) =>
    o.cell === 'CARD-CELL-005' ? { ...o, readBack: 'LOCKED' } : o.cell === 'CARD-CELL-004' ? { ...o, message: 'Card is LOCKED' } : o,
  );
  assert.deepEqual(matrixDiff(card, observations).disagreements.map((d) => [d.cell, d.observed]), [
    ['CARD-CELL-004', '200 "Card is LOCKED", stays LOCKED'],
    ['CARD-CELL-005', '200, stays LOCKED'],
  ]);
});

test('the observed matrix has the shape of the expected one, so a reviewer can copy cells from it', () => {
  const observed = observedMatrix(card, asExpected());
  assert.deepEqual(observed.cells.find((c) => c.id === 'CARD-CELL-004'), {
    id: 'CARD-CELL-004', from: 'LOCKED', to: 'LOCKED', expect: [{ actor: 'partner', status: 200, becomes: 'LOCKED', message: 'Card was already LOCKED' }],
  });
  assert.deepEqual(observed.cells.find((c) => c.id === 'CARD-CELL-006')?.expect, [{ actor: 'partner', status: 409, businessCode: 'PPCUST_032' }]);
  assert.equal(observed.cells.length, 9);
});

test('observations are read from the annotations of a Playwright JSON report, at any depth', () => {
  const seen: CellObservation = { matrix: 'card-status', cell: 'CARD-CELL-001', actor: 'partner', status: 200, readBack: 'LOCKED' };
  const report = {
    suites: [{ suites: [{ specs: [{ title: 't', file: 'f', tests: [{ status: 'expected', expectedStatus: 'passed', annotations: [{ type: 'matrix-cell', description: 'x' }], results: [{ annotations: [{ type: 'matrix-observation', description: JSON.stringify(seen) }] }] }] }] }] }],
  };
  assert.deepEqual(observationsFrom(report), [seen]);
});

test('a cell whose answer was an environment fault (no answer) is not observed, never a disagreement', () => {
  const observations = asExpected().map((o) => (o.cell === 'CARD-CELL-006' ? { ...o, status: null, businessCode: undefined } : o));
  const { disagreements, unobserved } = matrixDiff(card, observations);
  assert.deepEqual(disagreements, []);
  assert.ok(unobserved.some((d) => d.cell === 'CARD-CELL-006'));
  assert.equal(observedMatrix(card, observations).cells.some((c) => c.id === 'CARD-CELL-006'), false);
});
