import { defineFault } from './fault';
import { setCard } from './scenario-steps';

/** A switch: blocking an ACTIVE card that was LOCKED before asks `faults.active('card-relocked-unblockable')`. */
export default defineFault({
  name: 'card-relocked-unblockable',
  reason: 'A card once LOCKED, though ACTIVE again after an unlock, is refused BLOCKED as if it were still LOCKED.',
  sequence: { rules: ['CARD-STATUS-001'], steps: 'card LOCKED, UNLOCKED, then BLOCKED' },
  trips: [],
  demonstrate: async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    await setCard(api, card, 'UNLOCKED');
    return (await setCard(api, card, 'BLOCKED')).statusCode;
  },
});
