import { defineFault } from './fault';
import { setCard } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('card-unlock-any')`. */
export default defineFault({
  name: 'card-unlock-any',
  reason: 'A BLOCKED card can be locked or unlocked, although BLOCKED is irreversible.',
  trips: ['CARD-STATUS-004'],
  cells: (t) => t.matrix === 'card-status' && t.cell.from === 'BLOCKED' && t.cell.to !== 'BLOCKED',
  demonstrate: async (api) => {
    const card = await api.card();
    await setCard(api, card, 'BLOCKED');
    return (await setCard(api, card, 'UNLOCKED')).statusCode;
  },
});
