import { defineFault } from './fault';

/** Lets an invalid mobile through request validation on card preferences. */
export default defineFault({
  name: 'mobile-unchecked',
  reason: 'Card preferences accept a mobile number that is not a 10-digit Indian mobile.',
  trips: ['CARD-PREF-005'],
  waives: { operations: ['updateCardPreferences'], fields: ['mobile.value'] },
  demonstrate: async (api) => {
    const card = await api.card();
    return (await api.call('updateCardPreferences', { kit: card.kitNo, mobile: { value: '12345' }, userOverridden: { international: { values: [{ type: 'ATM', enabled: true }] } } })).statusCode;
  },
});
