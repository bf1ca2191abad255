import { defineFault } from './fault';
import { preferences } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('preferences-reset-unsent')`. */
export default defineFault({
  name: 'preferences-reset-unsent',
  reason: 'Updating one preference type resets the types not sent to their defaults.',
  trips: ['CARD-PREF-004'],
  demonstrate: async (api) => {
    const card = await api.card();
    await preferences(api, card.kitNo, [{ type: 'ATM', maxTransaction: '3' }]);
    await preferences(api, card.kitNo, [{ type: 'POS', maxTransaction: '4' }]);
    const [listed] = (await api.call('fetchAllCards', { entityId: card.entityId })).json().result;
    return listed.preferences.international.values.find((p: { type: string }) => p.type === 'ATM').maxTransaction;
  },
});
