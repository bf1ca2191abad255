import { defineFault, isEnvelope } from './fault';

/** The delivery-status enum is inferred (the page was cut): a value outside it breaks only the inferred schema check. */
export default defineFault({
  name: 'delivery-status-unlisted',
  reason: 'trackCardDelivery answers deliveryStatus "SHIPPED", a value outside the contract\'s inferred enum.',
  trips: ['CONTRACT-SCHEMA-002'],
  rewrite(exchange) {
    if (exchange.operationId !== 'trackCardDelivery' || exchange.status !== 200 || !isEnvelope(exchange.body)) return;
    const result = exchange.body.result as { deliveryStatus?: unknown } | null;
    if (result && typeof result === 'object') result.deliveryStatus = 'SHIPPED';
  },
  demonstrate: async (api) => (await api.call('trackCardDelivery', { kitNo: (await api.card()).kitNo })).json().result?.deliveryStatus,
});
