import { defineFault, isEnvelope } from './fault';
import { setCard } from './scenario-steps';

/** Only the wording changes: the status stays and the answer is still 200, so only the message check can catch it. */
export default defineFault({
  name: 'card-already-wrong-message',
  reason: 'A card status request for the status the card already has answers "Card status updated successfully", a message that does not say the card already had it.',
  trips: ['CARD-STATUS-002'],
  cells: (t) => t.matrix === 'card-status' && t.cell.rule === 'already-in-status',
  rewrite(exchange) {
    const result = isEnvelope(exchange.body) ? (exchange.body.result as { message?: unknown } | null) : null;
    if (exchange.operationId === 'updateCardStatus' && exchange.status === 200 && typeof result?.message === 'string' && /already/i.test(result.message)) {
      result.message = 'Card status updated successfully';
    }
  },
  demonstrate: async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    return (await setCard(api, card, 'LOCKED')).json().result?.message;
  },
});
