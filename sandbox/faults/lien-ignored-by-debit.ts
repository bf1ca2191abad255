import { defineFault } from './fault';

/** A switch: a debit above the available balance asks `faults.active('lien-ignored-by-debit')` when the total covers it. */
export default defineFault({
  name: 'lien-ignored-by-debit',
  reason: 'A debit is held to the total balance, not the available one, so it spends what a lien holds.',
  trips: ['MONEY-DEBIT-001', 'MONEY-LIEN-001', 'MONEY-LIEN-003'],
});
