import { defineFault } from './fault';
import { lien } from './scenario-steps';

/** A switch: a debit above the available balance of a wallet with a lien raised by ADJUST asks `faults.active('lien-raise-unseen-by-debit')`. */
export default defineFault({
  name: 'lien-raise-unseen-by-debit',
  reason: 'A debit sees a lien at its ADD amount after ADJUST raised it, so it spends what the raise holds.',
  sequence: { rules: ['MONEY-LIEN-001'], steps: 'a credit, lien ADD, ADJUST to a higher total, a debit above what is left' },
  trips: [],
  demonstrate: async (api) => {
    const card = await api.card({ balance: '100' });
    await lien(api, card, 'L1', 'ADD', 10);
    await lien(api, card, 'L1', 'ADJUST', 90);
    return (await api.load(card.entityId, '50', { type: 'DEBIT', origin: 'POS' })).statusCode;
  },
});
