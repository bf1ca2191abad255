import { defineFault } from './fault';

/** A switch: fetchTransactions asks it for each refund it would list. */
export default defineFault({
  name: 'history-misses-refund',
  reason: 'The transaction history leaves out refunds: the money moved, but the history no longer adds up to the balance.',
  trips: ['MONEY-HISTORY-001', 'CUST-EFFECT-001', 'CUST-EFFECT-003', 'CUST-EFFECT-004', 'WALLET-EFFECT-001', 'WALLET-EFFECT-005', 'WALLET-EFFECT-006'],
  effectCells: ({ cell }) => cell.movement === 'refund' && cell.expect === 'allowed',
  demonstrate: async (api) => {
    const card = await api.card({ balance: '50' });
    await api.load(card.entityId, '5', { type: 'REFUND', origin: 'POS' });
    return (await api.call('fetchTransactions', { entityId: card.entityId })).json().result.length;
  },
});
