import { defineFault } from './fault';

export default defineFault({
  name: 'lien-unknown-ok',
  reason: 'ADJUST or REMOVE of a lien that does not exist answers 200 instead of 409 PPCUST_010.',
  trips: ['WALLET-LIEN-005'],
  rewrite(exchange) {
    if (exchange.operationId !== 'markLien' || exchange.body?.businessCode !== 'PPCUST_010') return;
    exchange.status = 200;
    exchange.body = {
      result: { lienId: 'unknown', accountNumber: 'unknown', type: 'ADJUST', lienAmount: 0, heldAmount: 0, availableBalance: 0 },
      pagination: null,
    };
  },
});
