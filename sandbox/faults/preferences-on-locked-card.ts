import { defineFault } from './fault';
import { preferences, setCard } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('preferences-on-locked-card')`. */
export default defineFault({
  name: 'preferences-on-locked-card',
  reason: 'Preferences are accepted on a card that is not ACTIVE instead of 409 PPCUST_036.',
  trips: ['CARD-PREF-002'],
  demonstrate: async (api) => {
    const card = await api.card();
    await setCard(api, card, 'LOCKED');
    return (await preferences(api, card.kitNo, [{ type: 'ATM', enabled: false }])).statusCode;
  },
});
