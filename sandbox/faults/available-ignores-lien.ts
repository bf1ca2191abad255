import { defineFault } from './fault';
import { heldAfter } from './scenario-steps';

export default defineFault({
  name: 'available-ignores-lien',
  reason: 'fetchCardBalance reports availableBalance = totalBalance while a lien holds part of it (the lien itself still holds).',
  // A wrong available balance is also what the lien tests read: a hold no longer lowers it (documented), and the
  // inferred lien rules judged on it break too, once MONEY-AVAIL-001, a warning, no longer stops them.
  trips: ['MONEY-AVAIL-001', 'WALLET-LIEN-001', 'WALLET-LIEN-002', 'WALLET-LIEN-004', 'WALLET-LIEN-006'],
  rewrite(exchange) {
    if (exchange.operationId !== 'fetchCardBalance' || exchange.status !== 200) return;
    for (const wallet of exchange.body?.result?.wallets ?? []) if (wallet.heldAmount > 0) wallet.availableBalance = wallet.totalBalance;
  },
  demonstrate: async (api) => heldAfter(api, [['ADD', 100]]),
});
