import { defineFault } from './fault';

/** A switch: a debit asks `faults.active('debit-at-balance-refused')` when it is exactly the available balance. */
export default defineFault({
  name: 'debit-at-balance-refused',
  reason: 'A debit of exactly the available balance is refused with PPCUST_079, as if it exceeded it.',
  trips: ['MONEY-DEBIT-002', 'MONEY-LIEN-001', 'MONEY-LIEN-002', 'MONEY-LIEN-003'],
  demonstrate: async (api) => (await api.load((await api.card({ balance: '10' })).entityId, '10', { type: 'DEBIT', origin: 'POS' })).statusCode,
});
