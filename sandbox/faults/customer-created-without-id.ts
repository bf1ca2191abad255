import { defineFault, isEnvelope } from './fault';

/**
 * Almost every test creates a customer first, so this one broken answer fails nearly the whole suite: the reports must
 * show it as one finding that blocked those tests (runner/run-findings.ts), not as hundreds of violations.
 */
export default defineFault({
  name: 'customer-created-without-id',
  reason: 'createCustomer answers lose their required `customerId`, so they no longer match the contract.',
  trips: ['CONTRACT-SCHEMA-001'],
  rewrite(exchange) {
    if (exchange.operationId !== 'createCustomer' || exchange.status !== 200 || !isEnvelope(exchange.body)) return;
    delete (exchange.body.result as { customerId?: string }).customerId;
  },
  // Every cell makes a customer first.
  cells: () => true,
  effectCells: () => true,
  demonstrate: async (api) => 'customerId' in (await api.customer()),
});
