import assert from 'node:assert/strict';
import test from 'node:test';
import { declaredName } from '../../harness/reporting/covers';
import { cellDeclaration, cellTests, codeAlternatives, type Matrix, matrix, matrixProblems, pathTo } from '../../harness/matrices/matrices';
import { messageLike } from '../../harness/matrices/transitions';

/** A three-status matrix: ACTIVE ⇄ LOCKED for the partner, FROZEN reachable only through the support role. */
function tiny(): Matrix {
  const cell = (id: string, from: string, to: string, expect: Matrix['cells'][number]['expect']) => ({
    id, from, to, rule: 'allowed' as const, expect, requirements: ['CUST-STATUS-001'], provenance: 'documented' as const, source: 'https://dev.m2p.app/docs/prepaidv2/x',
  });
  const refused = [{ actor: 'partner' as const, status: 409, businessCode: 'PPCUST_032' }];
  return {
    matrix: 'tiny', title: 'Tiny', entity: 'customer', operation: 'updateCustomerStatus', initial: 'ACTIVE',
    statuses: ['ACTIVE', 'LOCKED', 'FROZEN'], requests: { ACTIVE: 'ACTIVE', LOCKED: 'LOCKED', FROZEN: 'FROZEN' },
    cells: [
      cell('T-CELL-001', 'ACTIVE', 'ACTIVE', refused),
      cell('T-CELL-002', 'ACTIVE', 'LOCKED', [{ actor: 'partner', status: 200, becomes: 'LOCKED' }]),
      cell('T-CELL-003', 'ACTIVE', 'FROZEN', [{ actor: 'partner', status: 403 }, { actor: 'support', status: 200, becomes: 'FROZEN' }]),
      cell('T-CELL-004', 'LOCKED', 'ACTIVE', [{ actor: 'partner', status: 200, becomes: 'ACTIVE' }]),
      cell('T-CELL-005', 'LOCKED', 'LOCKED', refused),
      cell('T-CELL-006', 'LOCKED', 'FROZEN', refused),
      cell('T-CELL-007', 'FROZEN', 'ACTIVE', refused),
      cell('T-CELL-008', 'FROZEN', 'LOCKED', refused),
      cell('T-CELL-009', 'FROZEN', 'FROZEN', refused),
    ],
  };
}

const catalogue = new Set(['CUST-STATUS-001']);

test('a total matrix with known statuses and requirements has no problem', () => {
  assert.deepEqual(matrixProblems(tiny(), 'fixtures/matrices/tiny.json', catalogue), []);
});

test('a missing cell, a second cell for one transition and an unknown requirement are one line each', () => {
  const m = tiny();
  m.cells = m.cells.filter((c) => c.id !== 'T-CELL-006');
  m.cells.push({ ...m.cells[0], id: 'T-CELL-010', requirements: ['NOPE-STATUS-001'] });
  assert.deepEqual(matrixProblems(m, 'fixtures/matrices/tiny.json', catalogue), [
    'fixtures/matrices/tiny.json: T-CELL-010 (ACTIVE → ACTIVE): a second cell for the same transition',
    'fixtures/matrices/tiny.json: T-CELL-010 (ACTIVE → ACTIVE): requirement NOPE-STATUS-001 is not in fixtures/requirements.json',
    'fixtures/matrices/tiny.json: no cell for LOCKED → FROZEN (a matrix is total)',
  ]);
});

test('a cell without a partner outcome, or naming a status the matrix lacks, is refused', () => {
  const m = tiny();
  m.cells[1] = { ...m.cells[1], expect: [{ actor: 'support', status: 200, becomes: 'GONE' }] };
  assert.deepEqual(matrixProblems(m, 'fixtures/matrices/tiny.json', catalogue), [
    'fixtures/matrices/tiny.json: T-CELL-002 (ACTIVE → LOCKED): no outcome for the partner',
    'fixtures/matrices/tiny.json: T-CELL-002 (ACTIVE → LOCKED): becomes GONE, not in "statuses"',
  ]);
});

test('the path to a status is the shortest run of allowed steps, using support only when it is available', () => {
  const m = tiny();
  assert.deepEqual(pathTo(m, 'ACTIVE', ['partner']), []);
  assert.deepEqual(pathTo(m, 'LOCKED', ['partner'])!.map((s) => s.cell.id), ['T-CELL-002']);
  assert.deepEqual(pathTo(m, 'FROZEN', ['partner', 'support'])!.map((s) => `${s.cell.id} ${s.outcome.actor}`), ['T-CELL-003 support']);
  assert.equal(pathTo(m, 'FROZEN', ['partner']), undefined);
});

test('every status of the customer and wallet matrices is one partner step from ACTIVE; terminal card states are unreachable', () => {
  for (const name of ['customer-status', 'wallet-status']) {
    const m = matrix(name);
    for (const status of m.statuses.filter((s) => s !== 'ACTIVE')) assert.equal(pathTo(m, status, ['partner'])?.length, 1, `${name} ${status}`);
  }
  const card = matrix('card-status');
  assert.deepEqual(card.statuses.filter((s) => !pathTo(card, s, ['partner', 'support'])), ['HOTLISTED', 'CLOSED', 'EXPIRED']);
});

test('the matrices expand to 121 + 20 customer, 121 + 20 wallet and 18 card tests', () => {
  assert.deepEqual(['customer-status', 'wallet-status', 'card-status'].map((n) => cellTests(matrix(n)).length), [141, 141, 18]);
});

test('titles state the cell, its requirements and the outcome, with the actor where the cell has two', () => {
  const customer = matrix('customer-status');
  const titles = cellTests(customer).map((step) => declaredName(cellDeclaration(customer, step)));
  assert.ok(titles.includes('[CUST-CELL-100] [CUST-STATUS-003] CLOSED → ACTIVE is rejected with PPCUST_032 and the status stays CLOSED'));
  assert.ok(titles.includes('[CUST-CELL-034] [CUST-STATUS-004] FRAUD → ACTIVE is refused for the partner with 403 and the status stays FRAUD'));
  assert.ok(titles.includes('[CUST-CELL-034] [CUST-STATUS-004] FRAUD → ACTIVE succeeds for the support role and a later read returns ACTIVE'));
  assert.equal(new Set(titles).size, titles.length, 'titles are unique: reports track history by them');
  const card = matrix('card-status');
  const cardTitles = cellTests(card).map((step) => declaredName(cellDeclaration(card, step)));
  assert.ok(cardTitles.includes('[CARD-CELL-004] [CARD-STATUS-002] LOCKED card, LOCKED request succeeds with "Card was already LOCKED"'));
  // The rule's requirement, then the inferred answer's; and both codes the docs allow (invalid-card-transition-code).
  assert.ok(cardTitles.includes('[CARD-CELL-006] [CARD-STATUS-003] [CARD-STATUS-006] LOCKED card, BLOCKED request is rejected with PPCUST_032 or PP_CORP_187 and the status stays LOCKED'));
});

test('a card refused with the point\'s reference code allows every side of invalid-card-transition-code; other codes and entities only their own', () => {
  assert.deepEqual(codeAlternatives({ entity: 'card' }, 'PPCUST_032'), ['PPCUST_032', 'PP_CORP_187']);
  assert.deepEqual(codeAlternatives({ entity: 'wallet' }, 'PPCUST_032'), ['PPCUST_032']);
  assert.deepEqual(codeAlternatives({ entity: 'card' }, 'PPCUST_010'), ['PPCUST_010']);
  assert.deepEqual(codeAlternatives({ entity: 'card' }, undefined), []);
});

test('"a success message like Card was already LOCKED": any wording that says already and names the status is that message', () => {
  const documented = 'Card was already LOCKED';
  assert.equal(messageLike('Card is already in LOCKED status', documented), documented);
  assert.equal(messageLike('card already locked', documented), documented);
  assert.equal(messageLike('Card was already ACTIVE', 'Card was already UNLOCKED', 'ACTIVE'), 'Card was already UNLOCKED', 'an unlocked card is ACTIVE');
  assert.equal(messageLike('Card locked successfully', documented), 'Card locked successfully');
  assert.equal(messageLike('Card was already BLOCKED', documented), 'Card was already BLOCKED');
  assert.equal(messageLike(undefined, documented), undefined);
});
