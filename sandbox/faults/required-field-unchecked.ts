import { defineFault } from './fault';

/** Lets a body without the required transactionId through request validation of markLien. */
export default defineFault({
  name: 'required-field-unchecked',
  reason: 'markLien accepts a body without its required transactionId (and of any type), instead of 400 naming it.',
  trips: ['CONTRACT-NEGATIVE-001'],
  waives: { operations: ['markLien'], fields: ['transactionId'] },
  demonstrate: async (api) => {
    const { accountId } = await api.card({ balance: '100' });
    return (await api.call('markLien', { lienId: 'L1', source: 'S', accountNumber: accountId, lienAmount: 1, type: 'ADD', balanceCheck: false })).statusCode;
  },
});
