import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALLOCATED, allOf, CARD_MATRIX, CUSTOMER_MATRIX, newSequence, predictActivation, predictLien, predictMovement, predictPreference, predictTransition, statusAfter } from '../../harness/exploration/sequence-model';
import type { Prediction } from '../../harness/exploration/wallet-model';
import { WALLET_MATRIX } from '../../harness/exploration/wallet-model';

const documented = (rule: string, outcome: 'applied' | 'refused'): Prediction => ({ outcomes: [outcome], rule, provenance: 'documented' });
const open = (rule: string): Prediction => ({ outcomes: ['applied', 'refused'], rule, provenance: 'inferred' });

test('allOf: applied only where every rule allows it, refused where any does; the deciding rule is named', () => {
  assert.deepEqual(allOf([documented('A', 'applied'), documented('B', 'applied')]), { ...documented('A', 'applied'), also: ['B'] });
  assert.deepEqual(allOf([documented('A', 'applied'), documented('B', 'refused')]), documented('B', 'refused'));
  assert.deepEqual(allOf([documented('A', 'applied'), open('B')]), open('B'));
  assert.deepEqual(allOf([open('A'), documented('B', 'refused')]), documented('B', 'refused'));
});

test("the customer's status gates its wallet's movements (documented); an ACTIVE customer and wallet name both rules", () => {
  const state = newSequence(true);
  assert.deepEqual(predictMovement(state, 'credit', 100, 'T1'), { outcomes: ['applied'], rule: 'WALLET-EFFECT-001', cell: 'WALLET-EFFECT-CELL-001', provenance: 'documented', also: ['CUST-EFFECT-001'] });
  state.customer = 'LOCKED';
  assert.deepEqual(predictMovement(state, 'credit', 100, 'T1').outcomes, ['refused']);
  assert.equal(predictMovement(state, 'credit', 100, 'T1').rule, 'CUST-EFFECT-005');
});

test("what the docs do not say allows both: a card's status on movements, the customer's on liens", () => {
  const state = newSequence(false);
  state.cards[0] = 'LOCKED';
  assert.deepEqual(predictMovement(state, 'credit', 100, 'T1').outcomes, ['applied', 'refused']);
  assert.match(predictMovement(state, 'credit', 100, 'T1').cell!, /card LOCKED: no documented effect/);
  state.cards[0] = 'ACTIVE';
  state.customer = 'CREDIT_FREEZE';
  assert.deepEqual(predictLien(state, 'ADD', 'L1', 0).outcomes, ['applied', 'refused']);
});

test('status changes follow their matrix for the actor that asks; a card asked UNLOCKED becomes ACTIVE', () => {
  assert.deepEqual(predictTransition(CARD_MATRIX, 'LOCKED', 'BLOCKED', 'partner'), { outcomes: ['refused'], rule: 'CARD-STATUS-003', cell: 'CARD-CELL-006', provenance: 'documented' });
  assert.equal(statusAfter(CARD_MATRIX, 'UNLOCKED'), 'ACTIVE');
  assert.deepEqual(predictTransition(WALLET_MATRIX, 'BLOCKED', 'ACTIVE', 'partner').outcomes, ['refused']);
  assert.deepEqual(predictTransition(WALLET_MATRIX, 'BLOCKED', 'ACTIVE', 'support').outcomes, ['applied']);
  assert.deepEqual(predictTransition(CUSTOMER_MATRIX, 'LOCKED', 'ACTIVE', 'partner'), { outcomes: ['applied'], rule: 'CUST-STATUS-001', cell: 'CUST-CELL-012', provenance: 'documented' });
});

test('activation: an ALLOCATED card goes ACTIVE, any other is refused; a card status change from ALLOCATED is not in the matrix, so either', () => {
  const state = newSequence(false, ['ACTIVE', ALLOCATED]);
  assert.deepEqual(predictActivation(state, 1), { outcomes: ['applied'], rule: 'CARD-ACTIVATE-001', provenance: 'documented' });
  assert.deepEqual(predictActivation(state, 0), { outcomes: ['refused'], rule: 'CARD-ACTIVATE-002', provenance: 'documented' });
  assert.deepEqual(predictTransition(CARD_MATRIX, ALLOCATED, 'LOCKED', 'partner').outcomes, ['applied', 'refused']);
});

test('preferences: only an ACTIVE card takes them, and no limit above the upper limit; a customer not ACTIVE leaves it open', () => {
  const state = newSequence(false);
  assert.equal(predictPreference(state, 0, 100, 100).rule, 'CARD-PREF-001');
  assert.deepEqual(predictPreference(state, 0, 101, 100), { outcomes: ['refused'], rule: 'CARD-PREF-003', provenance: 'documented' });
  state.cards[1] = 'LOCKED';
  assert.deepEqual(predictPreference(state, 1, 1, 100), { outcomes: ['refused'], rule: 'CARD-PREF-002', provenance: 'documented' });
  state.customer = 'LOCKED';
  assert.deepEqual(predictPreference(state, 0, 1, 100).outcomes, ['applied', 'refused']);
});
