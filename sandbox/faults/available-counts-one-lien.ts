import { defineFault } from './fault';
import { lien } from './scenario-steps';

/** A switch: a debit above the available balance of a wallet with two liens or more asks `faults.active('available-counts-one-lien')`. */
export default defineFault({
  name: 'available-counts-one-lien',
  reason: "A debit counts only the wallet's oldest lien against it, so it spends what the others hold.",
  sequence: { rules: ['MONEY-LIEN-001'], steps: 'a credit, two liens, a debit above what is left' },
  trips: [],
  demonstrate: async (api) => {
    const card = await api.card({ balance: '100' });
    for (const lienId of ['L1', 'L2']) await lien(api, card, lienId, 'ADD', 40);
    return (await api.load(card.entityId, '50', { type: 'DEBIT', origin: 'POS' })).statusCode;
  },
});
