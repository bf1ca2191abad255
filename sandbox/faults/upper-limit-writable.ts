import { defineFault } from './fault';
import { preferences } from './scenario-steps';

/** A switch the preference rule asks: upperLimit* sent in a request become the card's upper limits. */
export default defineFault({
  name: 'upper-limit-writable',
  reason: 'A preference update changes the read-only upperLimit* fields it is sent.',
  trips: ['CARD-PREF-007'],
  demonstrate: async (api) => {
    const card = await api.card();
    await preferences(api, card.kitNo, [{ type: 'ATM', upperLimitMaxTransaction: '99' }]);
    const [listed] = (await api.call('fetchAllCards', { entityId: card.entityId })).json().result;
    return listed.preferences.international.values.find((p: { type: string }) => p.type === 'ATM').upperLimitMaxTransaction;
  },
});
