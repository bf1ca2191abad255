import assert from 'node:assert/strict';
import test from 'node:test';
import { effectMatrix } from '../../harness/matrices/effects';
import type { EffectObservation } from '../../harness/reporting/annotations';
import { effectDiff, observedEffects } from '../../runner/effect-discovery';

const wallet = effectMatrix('wallet-effects');

/** What a faithful environment shows for every cell but CUSTOMER_BLOCKED's. */
function asExpected(): EffectObservation[] {
  return wallet.cells
    .filter((cell) => cell.status !== 'CUSTOMER_BLOCKED')
    .map((cell) =>
      cell.expect === 'allowed'
        ? { effects: wallet.effects, cell: cell.id, status: 200, balanceChange: cell.movement === 'debit' ? -10 : 10, recorded: 1 }
        : { effects: wallet.effects, cell: cell.id, status: 409, businessCode: 'PPCUST_010', balanceChange: 0, recorded: 0 },
    );
}

test('observations that follow every rule give no disagreement, and list the cells nobody observed', () => {
  const { disagreements, unobserved } = effectDiff(wallet, asExpected());
  assert.deepEqual(disagreements, []);
  assert.deepEqual(unobserved.map((d) => d.transition), ['CUSTOMER_BLOCKED × credit', 'CUSTOMER_BLOCKED × debit', 'CUSTOMER_BLOCKED × refund']);
});

test('a refusal with another 4xx is still a refusal: the exact answer is a SHOULD of its own, not a difference', () => {
  const observations = asExpected().map((o) => (o.status === 409 ? { ...o, status: 400, businessCode: undefined } : o));
  assert.deepEqual(effectDiff(wallet, observations).disagreements, []);
});

test('a frozen wallet that spends, and a refusal that still moves money, are disagreements that say what was seen', () => {
  const debitFreezeDebit = wallet.cells.find((c) => c.status === 'DEBIT_FREEZE' && c.movement === 'debit')!.id;
  const lockedCredit = wallet.cells.find((c) => c.status === 'LOCKED' && c.movement === 'credit')!.id;
  const observations = asExpected().map((o) =>
    o.cell === debitFreezeDebit ? { ...o, status: 200, businessCode: undefined, balanceChange: -10, recorded: 1 } : o.cell === lockedCredit ? { ...o, balanceChange: 10 } : o,
  );
  assert.deepEqual(effectDiff(wallet, observations).disagreements, [
    { matrix: 'wallet-effects', cell: lockedCredit, actor: 'partner', transition: 'LOCKED × credit', expected: 'refused, nothing changes', observed: '409 PPCUST_010, balance +10.00, 0 items recorded' },
    { matrix: 'wallet-effects', cell: debitFreezeDebit, actor: 'partner', transition: 'DEBIT_FREEZE × debit', expected: 'refused, nothing changes', observed: 'goes through, balance -10.00, 1 item recorded' },
  ]);
  const observed = observedEffects(wallet, observations).cells;
  assert.equal(observed.find((c) => c.id === debitFreezeDebit)?.expect, 'allowed');
  assert.equal(observed.find((c) => c.id === lockedCredit)?.expect, undefined, 'a cell that followed neither rule gets no expect to copy');
});
