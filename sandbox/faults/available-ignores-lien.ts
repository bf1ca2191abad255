import { defineFault } from './fault';
import { heldAfter } from './scenario-steps';

export default defineFault({
  name: 'available-ignores-lien',
  reason: 'fetchCardBalance reports availableBalance = totalBalance while a lien holds part of it (the lien itself still holds).',
  trips: ['MONEY-AVAIL-001'],
  rewrite(exchange) {
    if (exchange.operationId !== 'fetchCardBalance' || exchange.status !== 200) return;
    for (const wallet of exchange.body?.result?.wallets ?? []) if (wallet.heldAmount > 0) wallet.availableBalance = wallet.totalBalance;
  },
  demonstrate: async (api) => heldAfter(api, [['ADD', 100]]),
});
