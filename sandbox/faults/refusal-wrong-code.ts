import { defineFault, refusesAnotherStatus } from './fault';
import { setCard } from './scenario-steps';

/**
 * PPCUST_010 is documented for both operations (an unknown account or card), so no contract check objects: the
 * request is still refused and nothing moves. Only the checks of the exact answer (inferred SHOULDs) can notice.
 */
export default defineFault({
  name: 'refusal-wrong-code',
  reason: 'A wallet or card status change the rules refuse answers 409 PPCUST_010 (not found) instead of the invalid-transition code.',
  trips: ['WALLET-STATUS-006', 'CARD-STATUS-006'],
  cells: (t) => (t.matrix === 'wallet-status' || t.matrix === 'card-status') && t.status === 409 && t.cell.answerRequirement !== undefined,
  rewrite(exchange) {
    const refusal = (exchange.operationId === 'updateWalletStatus' || exchange.operationId === 'updateCardStatus') && exchange.status === 409;
    if (refusal && refusesAnotherStatus(exchange.body)) exchange.body.businessCode = 'PPCUST_010';
  },
  demonstrate: async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    return (await setCard(api, card, 'BLOCKED')).json().businessCode;
  },
});
