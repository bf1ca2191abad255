import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('usage-ignores-loads')`. */
export default defineFault({
  name: 'usage-ignores-loads',
  reason: 'Usage figures do not move when the wallet is loaded.',
  trips: ['CUST-USAGE-003'],
  demonstrate: async (api) => {
    const card = await api.card({ balance: '75' });
    return (await api.call('getUsageDetails', { pan: card.customer.pan })).json().result.baseCurrencyConsumptions[0].transactionTypes.LOAD.overall.amount;
  },
});
