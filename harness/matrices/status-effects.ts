/**
 * Runs one cell of a status-effect matrix against the target: a new card whose wallet holds CELL_FUNDING, its
 * customer or wallet brought to the cell's status by the transition matrix's shortest path, then the cell's money
 * movement, with the ledger (balances and history) read before and after. What the target did is recorded as an
 * `effect-observation` annotation, before any verdict, so discovery can write the matrix an environment has.
 */
import { test } from '@playwright/test';
import { annotate, type EffectObservation } from '../reporting/annotations';
import { businessCodeIn } from '../contract/business-code';
import { judgeable } from '../checks/check';
import { CELL_AMOUNT, CELL_FUNDING, type EffectCell, type EffectMatrix, MOVEMENT_REQUEST } from './effects';
import { addedItems, balanceMoved, expectHistoryAddsUp } from '../money/ledger';
import { matrix } from './matrices';
import { expectRefused } from '../verdicts/refusal';
import { bringTo, type CellClients, pathOrSkip, skipWithoutSupport } from './transitions';
import { expectRule, verify } from '../verdicts/verify';

/**
 * The body of an effect cell's test.
 * @example test(...effectDeclaration(effects, cell), ({ cellClients }) => exerciseEffect(effects, cell, cellClients));
 */
export async function exerciseEffect(effects: EffectMatrix, cell: EffectCell, clients: CellClients): Promise<void> {
  const info = test.info();
  annotate(info, 'matrix-cell', `${effects.effects} ${cell.id} partner`);
  const transitions = matrix(effects.transitions);
  const path = pathOrSkip(transitions, cell.status, effects.effects, cell.id);
  skipWithoutSupport(path, clients);
  const { data, partner } = clients;
  const card = await data.fundedCard(CELL_FUNDING);
  await bringTo(transitions, effects.entity === 'customer' ? card.customer : card, path, clients);

  const before = await data.ledger(card);
  expectHistoryAddsUp(before);
  const exchange = await partner.call('loadWallet', { body: data.transaction(card, { amount: CELL_AMOUNT, ...MOVEMENT_REQUEST[cell.movement] }) });
  const after = await data.ledger(card);
  const moved = balanceMoved(before, after);
  const added = addedItems(before, after);
  // An environment fault (no answer, a gateway's 5xx) says nothing of the rule: the cell is not observed.
  if (judgeable(exchange)) {
    const code = businessCodeIn(exchange.response.json)?.code;
    const seen: EffectObservation = {
      effects: effects.effects,
      cell: cell.id,
      status: exchange.response.status,
      ...(code !== undefined ? { businessCode: code } : {}),
      balanceChange: moved,
      recorded: added.length,
    };
    annotate(info, 'effect-observation', seen);
  }

  // The cell's rule first, so a movement that breaks it is reported under it; then the history must still add up.
  const rule = cell.requirements[0];
  if (cell.expect === 'refused') {
    const refused = expectRefused(exchange, rule);
    expectRule(rule, 'how far the total balance moved after a refused movement', moved, 0);
    expectRule(rule, 'the available balance after a refused movement', after.balance.availableBalance, before.balance.availableBalance);
    expectRule(rule, 'the successful history items a refused movement added', added.length, 0);
    if (refused) verify(exchange, { status: 409, requirements: [cell.answerRequirement!] });
  } else {
    verify(exchange, { status: 200, requirements: cell.requirements });
    const signed = (cell.movement === 'debit' ? -1 : 1) * Number(CELL_AMOUNT);
    expectRule(rule, 'how far the total balance moved', moved, signed);
    expectRule(rule, 'the amounts of the successful history items the movement added', added.map((item) => Number(item.amount)), [signed]);
  }
  expectHistoryAddsUp(after);
}

