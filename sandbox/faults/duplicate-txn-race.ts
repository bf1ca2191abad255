import { defineFault } from './fault';

/** A switch: loadWallet asks `faults.active('duplicate-txn-race')` once a request has passed the duplicate check. */
export default defineFault({
  name: 'duplicate-txn-race',
  reason: 'The duplicate check sees only committed txnRefs and a movement commits after a wait, so one txnRef sent twice at once applies twice.',
  trips: ['MONEY-IDEM-002'],
  demonstrate: async (api) => {
    const card = await api.card();
    const answers = await Promise.all([api.load(card.entityId, '5', { txnRef: 'RACE' }), api.load(card.entityId, '5', { txnRef: 'RACE' })]);
    return { statuses: answers.map((a) => a.statusCode).sort(), total: (await api.balance(card.entityId)).totalBalance };
  },
});
