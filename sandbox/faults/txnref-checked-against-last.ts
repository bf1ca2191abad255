import { defineFault } from './fault';

/** A switch: a txnRef seen before that is not the wallet's latest asks `faults.active('txnref-checked-against-last')`. */
export default defineFault({
  name: 'txnref-checked-against-last',
  reason: "The duplicate check compares a txnRef with the wallet's latest movement only: reused after another movement, it is applied again.",
  sequence: { rules: ['MONEY-IDEM-001'], steps: 'a movement, another, the first one\'s txnRef again' },
  trips: [],
  demonstrate: async (api) => {
    const card = await api.card();
    const answers = [];
    for (const txnRef of ['TXN-A', 'TXN-B', 'TXN-A']) answers.push((await api.load(card.entityId, '5', { txnRef })).statusCode);
    return answers;
  },
});
