import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allOf, CARD_MATRIX, CUSTOMER_MATRIX, newSequence, predictLien, predictMovement, predictTransition, statusAfter } from '../../harness/exploration/sequence-model';
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
