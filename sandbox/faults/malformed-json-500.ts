import { defineFault } from './fault';

export default defineFault({
  name: 'malformed-json-500',
  reason: 'updateNominee crashes on malformed JSON with a 500 instead of the documented 400.',
  trips: ['CONTRACT-5XX-001', 'CONTRACT-STATUS-001', 'CONTRACT-MALFORMED-001'],
  rewrite(exchange) {
    if (exchange.operationId !== 'updateNominee' || !exchange.malformedBody) return;
    exchange.status = 500;
    exchange.body = {
      type: exchange.body?.type,
      title: 'Internal Server Error',
      status: 500,
      detail: 'Unexpected token in JSON',
      message: 'error.http.500',
    };
  },
  demonstrate: async (api) => [
    (await api.call('updateNominee', undefined, { raw: '{"nominees":', params: { entityId: 'x' } })).statusCode,
    (await api.call('updateNominee', { nominees: 'x' }, { params: { entityId: 'x' } })).statusCode,
  ],
});
