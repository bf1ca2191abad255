import { defineFault, isEnvelope } from './fault';

/**
 * No page documents createCustomer's answer (its schema is inferred as a whole), so an answer without `customerId` is
 * one an environment may give: almost every test sees it, and none may be blocked by it. It is one finding, a warning
 * (CONTRACT-SCHEMA-002); only the search by CUSTOMER_ID, which sends the customerId, cannot be tried (DATA-CUSTOMER-001,
 * an inferred rule: "not judged here").
 */
export default defineFault({
  name: 'customer-created-without-id',
  reason: 'createCustomer answers lose their `customerId`, which the contract infers they carry.',
  trips: ['CONTRACT-SCHEMA-002', 'DATA-CUSTOMER-001'],
  rewrite(exchange) {
    if (exchange.operationId !== 'createCustomer' || exchange.status !== 200 || !isEnvelope(exchange.body)) return;
    delete (exchange.body.result as { customerId?: string }).customerId;
  },
  demonstrate: async (api) => 'customerId' in (await api.customer()),
});
