import { defineFault } from './fault';
import { setCard } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('card-unlock-not-persisted')`. */
export default defineFault({
  name: 'card-unlock-not-persisted',
  reason: 'Unlocking a card answers ACTIVE but the card stays LOCKED.',
  trips: ['CARD-STATUS-001'],
  cells: (t) => t.matrix === 'card-status' && t.cell.from === 'LOCKED' && t.cell.to === 'UNLOCKED',
  demonstrate: async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    await setCard(api, card, 'UNLOCKED');
    return (await api.call('fetchAllCards', { entityId: card.entityId })).json().result[0].cardStatus;
  },
});
