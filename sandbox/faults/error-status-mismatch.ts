import { defineFault } from './fault';

export default defineFault({
  name: 'error-status-mismatch',
  reason: 'A 409 problem body of markLien says `status: 400`, so the body and the HTTP status disagree.',
  trips: ['CONTRACT-ERR-001'],
  rewrite(exchange) {
    if (exchange.operationId === 'markLien' && exchange.status === 409 && exchange.body?.status === 409) exchange.body.status = 400;
  },
  demonstrate: async (api) => (await api.call('markLien', { lienId: 'L1', transactionId: 'T1', source: 'PRE_AUTH', accountNumber: 'nope', lienAmount: 1, type: 'ADJUST', balanceCheck: false })).json().status,
});
