import { defineFault } from './fault';
import { setCard } from './scenario-steps';

/** A switch: activation asks it for a card that is not ALLOCATED (sandbox/domain/cards.ts, activateCard). */
export default defineFault({
  name: 'card-activation-any-status',
  reason: 'Activating a card that is not ALLOCATED answers 200 and makes it ACTIVE: a LOCKED card is unlocked by it.',
  trips: ['CARD-ACTIVATE-002'],
  demonstrate: async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    const activation = await api.call('activateCard', { kitNo: card.kitNo });
    return [activation.statusCode, (await api.call('fetchAllCards', { entityId: card.entityId })).json().result[0].cardStatus];
  },
});
