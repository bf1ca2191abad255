import { defineFault } from './fault';

export default defineFault({
  name: 'lien-unknown-ok',
  reason: 'markLien answers 200 where it must refuse with 409 PPCUST_010: a lien or an account that does not exist.',
  // Another tenant's entity is unknown too, so the answer to that tenant is no refusal either (tenant-isolation.spec.ts).
  trips: ['WALLET-LIEN-005', 'AUTH-ISOLATION-001'],
  rewrite(exchange) {
    // Only the refusals of a missing lien or account ("No lien …", "No account …"), not of a bad amount.
    if (exchange.operationId !== 'markLien' || exchange.body?.businessCode !== 'PPCUST_010' || !/^No (lien|account) /.test(String(exchange.body?.detail))) return;
    exchange.status = 200;
    exchange.body = {
      result: { lienId: 'unknown', accountNumber: 'unknown', type: 'ADJUST', lienAmount: 0, heldAmount: 0, availableBalance: 0 },
      pagination: null,
    };
  },
  demonstrate: async (api) => {
    const card = await api.card({ balance: '10' });
    return (await api.call('markLien', { lienId: 'NONE', transactionId: 'T', source: 'PRE_AUTH', accountNumber: card.accountId, lienAmount: 1, type: 'REMOVE', balanceCheck: false })).statusCode;
  },
});
