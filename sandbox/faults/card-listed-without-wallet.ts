import { defineFault, isEnvelope } from './fault';

export default defineFault({
  name: 'card-listed-without-wallet',
  reason: 'Fetch All Cards lists every card without its wallets.',
  trips: ['DATA-CARD-001'],
  rewrite(exchange) {
    if (exchange.operationId !== 'fetchAllCards' || exchange.status !== 200 || !isEnvelope(exchange.body)) return;
    for (const card of exchange.body.result as { wallets: unknown[] }[]) card.wallets = [];
  },
  demonstrate: async (api) => (await api.call('fetchAllCards', { entityId: (await api.card()).entityId })).json().result[0].wallets.length,
});
