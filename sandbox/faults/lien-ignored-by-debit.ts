import { defineFault } from './fault';

/** A switch: a debit above the available balance asks `faults.active('lien-ignored-by-debit')` when the total covers it. */
export default defineFault({
  name: 'lien-ignored-by-debit',
  reason: 'A debit is held to the total balance, not the available one, so it spends what a lien holds.',
  trips: ['MONEY-DEBIT-001', 'MONEY-LIEN-001', 'MONEY-LIEN-003'],
  demonstrate: async (api) => {
    const card = await api.card({ balance: '100' });
    await api.call('markLien', { lienId: 'L1', transactionId: 'T1', source: 'PRE_AUTH', accountNumber: card.accountId, lienAmount: 60, type: 'ADD', balanceCheck: true });
    return (await api.load(card.entityId, '50', { type: 'DEBIT', origin: 'POS' })).statusCode;
  },
});
