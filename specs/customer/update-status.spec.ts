import { covering, expectRule, READ_BACK, test, verify } from '../../harness';

// Rules: api-library/customer/updateAccountStatus. Every from → to cell is in update-status.transitions.spec.ts.
test.describe('updateCustomerStatus', () => {
  test(...covering(['CUST-STATUS-001'], 'ACTIVE → CREDIT_FREEZE succeeds, echoes the new status, and a later read returns it'), async ({ api, data }) => {
    const customer = await data.customer();
    const exchange = await api.call('updateCustomerStatus', { body: { entityId: customer.entityId, status: 'CREDIT_FREEZE' } });
    verify(exchange, { status: 200, requirements: ['CUST-STATUS-001'] });
    const echoed = (exchange.response!.json as { result: { entityId: string; status: string } }).result;
    // Only the two fields the rule names: a field the API adds is a compatible change, not a break.
    expectRule('CUST-STATUS-001', 'the echoed entityId and status', { entityId: echoed.entityId, status: echoed.status }, { entityId: customer.entityId, status: 'CREDIT_FREEZE' });
    expectRule('CUST-STATUS-001', READ_BACK.allowed, await data.customerStatus(customer), 'CREDIT_FREEZE');
  });

  test(...covering(['CUST-STATUS-005'], 'a status change for an unknown customer is rejected with PPCUST_002'), async ({ api, data }) => {
    const exchange = await api.call('updateCustomerStatus', { body: { entityId: data.unknownEntityId(), status: 'LOCKED' } });
    verify(exchange, { status: 409, businessCode: 'PPCUST_002', requirements: ['CUST-STATUS-005'] });
  });
});
