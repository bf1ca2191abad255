import { expectRule, test, verify } from '../../harness';

// Rules: api-library/customer/updateAccountStatus and integration-guide/entity-states.
test.describe('updateCustomerStatus', () => {
  test('[CUST-STATUS-001] ACTIVE → CREDIT_FREEZE succeeds, echoes the new status, and a later read returns it', async ({ api, data }) => {
    const customer = await data.customer();
    const exchange = await api.call('updateCustomerStatus', { body: { entityId: customer.entityId, status: 'CREDIT_FREEZE' } });
    verify(exchange, { status: 200, requirements: ['CUST-STATUS-001'] });
    const echoed = (exchange.response!.json as { result: { entityId: string; status: string } }).result;
    expectRule('CUST-STATUS-001', 'the echoed entityId and status', echoed, { entityId: customer.entityId, status: 'CREDIT_FREEZE' });
    expectRule('CUST-STATUS-001', 'the status a later read returns', await data.customerStatus(customer), 'CREDIT_FREEZE');
  });

  test('[CUST-STATUS-002] CREDIT_FREEZE → CREDIT_FREEZE is rejected with PPCUST_032', async ({ api, data }) => {
    const customer = await data.customerIn('CREDIT_FREEZE');
    const exchange = await api.call('updateCustomerStatus', { body: { entityId: customer.entityId, status: 'CREDIT_FREEZE' } });
    verify(exchange, { status: 409, businessCode: 'PPCUST_032', requirements: ['CUST-STATUS-002'] });
  });

  for (const terminal of ['CLOSED', 'EXPIRED']) {
    test(`[CUST-STATUS-003] ${terminal} → ACTIVE is rejected with PPCUST_032`, async ({ api, data }) => {
      const customer = await data.customerIn(terminal);
      const exchange = await api.call('updateCustomerStatus', { body: { entityId: customer.entityId, status: 'ACTIVE' } });
      verify(exchange, { status: 409, businessCode: 'PPCUST_032', requirements: ['CUST-STATUS-003'] });
    });
  }

  for (const restricted of ['FRAUD', 'BLOCKED']) {
    test(`[CUST-STATUS-004] ${restricted} → ACTIVE is refused to the partner with 403`, async ({ api, data }) => {
      const customer = await data.customerIn(restricted);
      const exchange = await api.call('updateCustomerStatus', { body: { entityId: customer.entityId, status: 'ACTIVE' } });
      verify(exchange, { status: 403, requirements: ['CUST-STATUS-004'] });
    });

    test(`[CUST-STATUS-004] ${restricted} → ACTIVE succeeds for the support role`, async ({ supportApi, data }) => {
      const customer = await data.customerIn(restricted);
      const exchange = await supportApi.call('updateCustomerStatus', { body: { entityId: customer.entityId, status: 'ACTIVE' } });
      verify(exchange, { status: 200, requirements: ['CUST-STATUS-004'] });
    });
  }

  test('[CUST-STATUS-005] a status change for an unknown customer is rejected with PPCUST_002', async ({ api, data }) => {
    const exchange = await api.call('updateCustomerStatus', { body: { entityId: data.unknownEntityId(), status: 'LOCKED' } });
    verify(exchange, { status: 409, businessCode: 'PPCUST_002', requirements: ['CUST-STATUS-005'] });
  });
});
