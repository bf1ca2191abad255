import assert from 'node:assert/strict';
import test from 'node:test';
import { declaredName } from '../../harness/reporting/covers';
import { effectDeclaration, effectMatrix, effectProblems, type EffectMatrix, loadEffectMatrices, MOVEMENTS } from '../../harness/matrices/effects';
import { loadMatrices, matrix } from '../../harness/matrices/matrices';
import { requirements } from '../../harness/reporting/requirements';

const transitions = loadMatrices();
const catalogue = new Set(requirements.keys());
const wallet = (): EffectMatrix => structuredClone(effectMatrix('wallet-effects'));

test('the shipped effect matrices have no problem, and cover every status of their transition matrix for every movement', () => {
  for (const effects of loadEffectMatrices()) {
    assert.deepEqual(effectProblems(effects, `fixtures/effects/${effects.effects}.json`, transitions, catalogue), []);
    assert.equal(effects.cells.length, matrix(effects.transitions).statuses.length * MOVEMENTS.length);
  }
});

test('a missing cell, a second cell for one status and movement, and an unknown requirement are one line each', () => {
  const m = wallet();
  const dropped = m.cells.findIndex((c) => c.status === 'FRAUD' && c.movement === 'refund');
  m.cells.splice(dropped, 1);
  m.cells.push({ ...m.cells[0], id: 'WALLET-EFFECT-CELL-099', requirements: ['NOPE-EFFECT-001'], answerRequirement: undefined });
  assert.deepEqual(effectProblems(m, 'fixtures/effects/wallet-effects.json', transitions, catalogue), [
    'fixtures/effects/wallet-effects.json: WALLET-EFFECT-CELL-099 (ACTIVE × credit): a second cell for the same status and movement',
    'fixtures/effects/wallet-effects.json: WALLET-EFFECT-CELL-099 (ACTIVE × credit): requirement NOPE-EFFECT-001 is not in fixtures/requirements.json',
    'fixtures/effects/wallet-effects.json: no cell for FRAUD × refund (an effect matrix is total)',
  ]);
});

test('a status the transition matrix lacks, another entity, or an unknown transition matrix is refused', () => {
  const m = wallet();
  m.cells[0] = { ...m.cells[0], status: 'GONE' };
  assert.deepEqual(effectProblems({ ...m, entity: 'customer' }, 'fixtures/effects/wallet-effects.json', transitions, catalogue).slice(0, 2), [
    'fixtures/effects/wallet-effects.json: entity customer, but wallet-status moves a wallet',
    'fixtures/effects/wallet-effects.json: WALLET-EFFECT-CELL-001 (GONE × credit): GONE is not a status of wallet-status',
  ]);
  assert.deepEqual(effectProblems({ ...m, transitions: 'nope' }, 'fixtures/effects/wallet-effects.json', transitions, catalogue), [
    'fixtures/effects/wallet-effects.json: "transitions" names nope, which is not in fixtures/matrices/',
  ]);
});

test('a title names the cell, its rule and the answer SHOULD, and states the outcome', () => {
  const m = wallet();
  const cell = (status: string, movement: string) => m.cells.find((c) => c.status === status && c.movement === movement)!;
  assert.equal(declaredName(effectDeclaration(m, cell('DEBIT_FREEZE', 'debit'))), '[WALLET-EFFECT-CELL-023] [WALLET-EFFECT-005] [WALLET-EFFECT-008] a DEBIT_FREEZE wallet: a debit of 10.00 is refused and changes nothing');
  assert.equal(declaredName(effectDeclaration(m, cell('ACTIVE', 'debit'))), '[WALLET-EFFECT-CELL-002] [WALLET-EFFECT-001] an ACTIVE wallet: a debit of 10.00 goes through and moves the balance by -10.00');
});
