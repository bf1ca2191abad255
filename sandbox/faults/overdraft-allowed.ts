import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('overdraft-allowed')`. */
export default defineFault({
  name: 'overdraft-allowed',
  reason: 'A debit above the available balance is accepted.',
  trips: ['DATA-LOAD-003', 'MONEY-DEBIT-001', 'MONEY-LIEN-001', 'MONEY-LIEN-003'],
  demonstrate: async (api) => (await api.load((await api.card()).entityId, '5', { type: 'DEBIT', origin: 'POS' })).statusCode,
});
