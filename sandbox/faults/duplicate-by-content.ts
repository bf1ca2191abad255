import { defineFault } from './fault';

/** A switch: loadWallet asks `faults.active('duplicate-by-content')` when the wallet already has a movement like it. */
export default defineFault({
  name: 'duplicate-by-content',
  reason: 'A new txnRef with the amount, type and origin of an applied movement is refused as a duplicate.',
  trips: ['MONEY-IDEM-003'],
  demonstrate: async (api) => {
    const card = await api.card();
    await api.load(card.entityId, '5');
    return (await api.load(card.entityId, '5')).statusCode;
  },
});
