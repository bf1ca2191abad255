import { defineFault } from './fault';

export default defineFault({
  name: 'balance-missing-entity-constraint',
  reason: 'A balance request without entityId answers a constraint-violation, not the documented problem "entityId: must not be empty".',
  trips: ['DATA-BALANCE-001'],
  rewrite(exchange) {
    if (exchange.status !== 400 || exchange.body?.detail !== 'entityId: must not be empty') return;
    exchange.body = {
      type: 'https://www.m2pfintech.com/problem/constraint-violation',
      title: 'Method argument not valid',
      status: 400,
      message: 'error.validation',
      fieldErrors: [{ field: 'entityId', message: 'must not be empty' }],
    };
  },
  demonstrate: async (api) => (await api.call('fetchCardBalance', {})).json().type,
});
