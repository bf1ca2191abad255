import { defineFault } from './fault';

/**
 * entityId on updateCardStatus is an inferred field (taken from the sibling card endpoints), so the generated tests
 * that break it hold the inferred SHOULD: this fault proves that those tests can fail, and that they fail only it.
 */
export default defineFault({
  name: 'card-status-entity-unchecked',
  reason: 'updateCardStatus lets a body without a valid entityId through validation, and answers 409 instead of 400.',
  trips: ['CONTRACT-NEGATIVE-002'],
  waives: { operations: ['updateCardStatus'], fields: ['entityId'] },
  demonstrate: async (api) => {
    const card = await api.card();
    return (await api.call('updateCardStatus', { kitNo: card.kitNo, status: 'LOCKED' })).statusCode;
  },
});
