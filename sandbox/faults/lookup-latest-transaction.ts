import { defineFault } from './fault';
import { lookup } from './scenario-steps';

/** A switch: the lookup asks `faults.active('lookup-latest-transaction')` when the wallet has moved since. */
export default defineFault({
  name: 'lookup-latest-transaction',
  reason: 'Fetch Transaction by External ID answers the wallet\'s latest transaction instead of the one asked for.',
  trips: ['MONEY-LOOKUP-001'],
  demonstrate: async (api) => {
    const card = await api.card();
    const first = (await api.load(card.entityId, '5')).json().result.externalTransactionId;
    await api.load(card.entityId, '7');
    return (await lookup(api, first)).json().result.amount;
  },
});
