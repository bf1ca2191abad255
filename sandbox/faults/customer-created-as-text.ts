import { defineFault } from './fault';

/**
 * Almost every test creates a customer first, so this one broken answer fails nearly the whole suite: the reports must
 * show it as one finding that blocked those tests (runner/run-findings.ts), not as hundreds of violations. It breaks a
 * documented rule of every answer (CONTRACT-CT-001), so the set-up steps that see it stop.
 */
export default defineFault({
  name: 'customer-created-as-text',
  reason: 'createCustomer labels its JSON answers `text/plain`; every response must be application/json.',
  trips: ['CONTRACT-CT-001'],
  rewrite(exchange) {
    if (exchange.operationId === 'createCustomer') exchange.contentType = 'text/plain; charset=utf-8';
  },
  // Every cell makes a customer first.
  cells: () => true,
  effectCells: () => true,
  demonstrate: async (api) => (await api.call('createCustomer', {})).headers['content-type'],
});
