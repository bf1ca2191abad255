import { defineFault } from './fault';
import { setCard } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('card-block-from-locked')`. */
export default defineFault({
  name: 'card-block-from-locked',
  reason: 'A LOCKED card can be blocked, though only ACTIVE cards may be.',
  trips: ['CARD-STATUS-003'],
  cells: (t) => t.matrix === 'card-status' && t.cell.from === 'LOCKED' && t.cell.to === 'BLOCKED',
  demonstrate: async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    return (await setCard(api, card, 'BLOCKED')).statusCode;
  },
});
