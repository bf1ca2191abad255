import { defineFault } from './fault';

/** A switch: loadWallet asks `faults.active('post-balance-sign')` for a debit it applies. */
export default defineFault({
  name: 'post-balance-sign',
  reason: 'A debit is answered with postBalance = preBalance + amount, though the wallet and the history are right.',
  trips: ['MONEY-ARITH-001'],
  // The arithmetic is checked on every answer: the status-effect cells whose debit goes through see it too.
  effectCells: ({ cell }) => cell.movement === 'debit' && cell.expect === 'allowed',
  demonstrate: async (api) => {
    const card = await api.card({ balance: '10' });
    return (await api.load(card.entityId, '4', { type: 'DEBIT', origin: 'POS' })).json().result.postBalance;
  },
});
