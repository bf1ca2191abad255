import { defineFault, isEnvelope } from './fault';

/**
 * Almost every test creates a customer first, so this one broken answer is seen by nearly the whole suite: the reports
 * must show it as one finding (runner/run-findings.ts), not as hundreds. No page documents createCustomer's answer
 * (catalog §7.13.1: "Request and response examples: not found"), so `customerId` is inferred there
 * (CreateCustomerResponse): its loss breaks an inferred SHOULD, a warning, which blocks no test that only creates a
 * customer on the way to its own rule (harness/warnings.ts).
 */
export default defineFault({
  name: 'customer-created-without-id',
  reason: 'createCustomer answers lose their required `customerId`, so they no longer match the contract.',
  trips: ['CONTRACT-SCHEMA-002'],
  rewrite(exchange) {
    if (exchange.operationId !== 'createCustomer' || exchange.status !== 200 || !isEnvelope(exchange.body)) return;
    delete (exchange.body.result as { customerId?: string }).customerId;
  },
  demonstrate: async (api) => 'customerId' in (await api.customer()),
});
