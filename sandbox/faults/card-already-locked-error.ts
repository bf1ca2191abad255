import { defineFault } from './fault';
import { setCard } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('card-already-locked-error')`. */
export default defineFault({
  name: 'card-already-locked-error',
  reason: 'Locking a card that is already LOCKED answers 409 instead of "Card was already LOCKED".',
  trips: ['CARD-STATUS-002'],
  cells: (t) => t.matrix === 'card-status' && t.cell.from === 'LOCKED' && t.cell.to === 'LOCKED',
  demonstrate: async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    return (await setCard(api, card, 'LOCKED')).statusCode;
  },
});
