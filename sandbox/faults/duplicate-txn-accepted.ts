import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('duplicate-txn-accepted')`. */
export default defineFault({
  name: 'duplicate-txn-accepted',
  reason: 'A repeated txnRef loads the wallet a second time instead of 409.',
  trips: ['DATA-LOAD-002', 'MONEY-IDEM-001', 'MONEY-IDEM-002'],
  demonstrate: async (api) => {
    const card = await api.card();
    await api.load(card.entityId, '5', { txnRef: 'DUP' });
    await api.load(card.entityId, '5', { txnRef: 'DUP' });
    return (await api.balance(card.entityId)).totalBalance;
  },
});
