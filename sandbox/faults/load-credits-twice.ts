import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('load-credits-twice')`. */
export default defineFault({
  name: 'load-credits-twice',
  reason: 'A credit raises the balance by twice its amount, though its answer and the history say it once.',
  // The idempotency tests read the balance back too: a credit applied twice is one they see applied twice. The history
  // then no longer adds up to the balance (MONEY-HISTORY-001), which every status-effect cell checks after funding.
  trips: ['DATA-LOAD-001', 'MONEY-IDEM-002', 'MONEY-IDEM-003', 'MONEY-HISTORY-001'],
  effectCells: () => true,
  demonstrate: async (api) => {
    const card = await api.card();
    await api.load(card.entityId, '5');
    return (await api.balance(card.entityId)).totalBalance;
  },
});
