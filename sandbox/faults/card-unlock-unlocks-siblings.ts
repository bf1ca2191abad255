import { defineFault } from './fault';
import { setCard } from './scenario-steps';

/** A switch: unlocking a card whose holder has another LOCKED card asks `faults.active('card-unlock-unlocks-siblings')`. */
export default defineFault({
  name: 'card-unlock-unlocks-siblings',
  reason: "Unlocking one card unlocks every LOCKED card of its holder: a status change leaks into another card.",
  sequence: { rules: ['CARD-STATUS-001', 'CARD-STATUS-003', 'CARD-PREF-002'], steps: 'two cards of one customer LOCKED, one UNLOCKED, then the cards read' },
  trips: [],
  demonstrate: async (api) => {
    const first = await api.card();
    const issued = await api.call('issueCard', { applicationNumber: `APP2-${first.entityId}`, entityId: first.entityId, productId: 'GPR_INR' });
    const second = { entityId: first.entityId, kitNo: issued.json().result.kitNo as string };
    await setCard(api, first, 'LOCKED');
    await setCard(api, second, 'LOCKED');
    await setCard(api, first, 'UNLOCKED');
    const cards = (await api.call('fetchAllCards', { entityId: first.entityId })).json().result as { kitNo: string; cardStatus: string }[];
    return cards.find((c) => c.kitNo === second.kitNo)?.cardStatus;
  },
});
