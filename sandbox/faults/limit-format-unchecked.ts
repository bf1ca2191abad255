import { defineFault } from './fault';

const fields = ['maxTransaction', 'maxTransactionAmountPerDay', 'perTransactionLimit'].flatMap((field) =>
  ['domestic', 'international'].map((scope) => `userOverridden.${scope}.values[0].${field}`),
);

/** Lets limits that are not strings of digits through request validation of card preferences. */
export default defineFault({
  name: 'limit-format-unchecked',
  reason: 'Card preferences accept a negative or non-numeric limit instead of 400 on that field.',
  trips: ['CARD-PREF-006'],
  waives: { operations: ['updateCardPreferences'], fields },
  demonstrate: async (api) => {
    const { entityId, kitNo } = await api.card();
    const body = { entityId, kit: kitNo, userOverridden: { international: { values: [{ type: 'ATM', maxTransaction: '-1' }] } } };
    return (await api.call('updateCardPreferences', body)).statusCode;
  },
});
