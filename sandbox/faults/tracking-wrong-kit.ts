import { defineFault } from './fault';

export default defineFault({
  name: 'tracking-wrong-kit',
  reason: 'Card tracking answers the delivery of another kit than the one asked for.',
  trips: ['CARD-TRACK-001'],
  rewrite(exchange) {
    if (exchange.operationId === 'trackCardDelivery' && exchange.status === 200) exchange.body.result.kitNo = '999999999';
  },
  demonstrate: async (api) => (await api.call('trackCardDelivery', { kitNo: (await api.card()).kitNo })).json().result.kitNo,
});
