import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyLien, applyMovement, available, held, newWallet, predictLien, predictMovement } from '../../harness/exploration/wallet-model';

test('a new wallet is ACTIVE and empty; a credit goes through (documented) and a debit above what is available is refused', () => {
  const wallet = newWallet();
  assert.equal(wallet.status, 'ACTIVE');
  assert.deepEqual(predictMovement(wallet, 'credit', 1_000, 'T1'), { outcomes: ['applied'], rule: 'WALLET-EFFECT-001', cell: 'WALLET-EFFECT-CELL-001', provenance: 'documented' });
  applyMovement(wallet, 'credit', 1_000, 'T1');
  assert.deepEqual(predictMovement(wallet, 'debit', 1_001, 'T2').outcomes, ['refused']);
  assert.equal(predictMovement(wallet, 'debit', 1_001, 'T2').rule, 'MONEY-DEBIT-001');
  assert.deepEqual(predictMovement(wallet, 'debit', 1_000, 'T2').outcomes, ['applied']);
});

test('the same txnRef again is refused (MONEY-IDEM-001), whatever the movement', () => {
  const wallet = newWallet();
  applyMovement(wallet, 'credit', 500, 'T1');
  assert.deepEqual(predictMovement(wallet, 'refund', 100, 'T1'), { outcomes: ['refused'], rule: 'MONEY-IDEM-001', provenance: 'documented' });
});

test('liens: ADD holds, ADJUST sets the new total, REMOVE releases all; what is held cannot be spent', () => {
  const wallet = newWallet();
  applyMovement(wallet, 'credit', 1_000, 'T1');
  assert.equal(predictLien(wallet, 'ADD', 'L1', 400).rule, 'WALLET-LIEN-001');
  applyLien(wallet, 'ADD', 'L1', 400);
  assert.deepEqual([held(wallet), available(wallet)], [400, 600]);
  assert.equal(predictMovement(wallet, 'debit', 601, 'T2').rule, 'MONEY-LIEN-001');
  assert.equal(predictLien(wallet, 'ADJUST', 'L1', 250).rule, 'WALLET-LIEN-002');
  applyLien(wallet, 'ADJUST', 'L1', 250);
  assert.equal(held(wallet), 250);
  assert.equal(predictLien(wallet, 'REMOVE', 'L1', 0).rule, 'WALLET-LIEN-003');
  applyLien(wallet, 'REMOVE', 'L1', 0);
  assert.equal(held(wallet), 0);
  assert.equal(predictLien(wallet, 'REMOVE', 'L1', 0).rule, 'WALLET-LIEN-005');
});

test('a rule resting on inference allows both outcomes: an inferred effect cell', () => {
  const wallet = newWallet();
  wallet.status = 'LOCKED';
  // A LOCKED wallet: a debit is refused (documented), a credit's refusal is inferred.
  assert.deepEqual(predictMovement(wallet, 'debit', 100, 'T1').outcomes, ['refused']);
  assert.deepEqual(predictMovement(wallet, 'credit', 100, 'T1').outcomes, ['applied', 'refused']);
});

test('a debit of what a lien leaves available goes through, one above is refused (MONEY-LIEN-001)', () => {
  const wallet = newWallet();
  applyMovement(wallet, 'credit', 1_000, 'T1');
  applyLien(wallet, 'ADD', 'L1', 300);
  assert.deepEqual(predictMovement(wallet, 'debit', 700, 'T2'), { outcomes: ['applied'], rule: 'MONEY-LIEN-001', provenance: 'documented' });
  assert.deepEqual(predictMovement(wallet, 'debit', 701, 'T2').outcomes, ['refused']);
});
