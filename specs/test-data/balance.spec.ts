import { covering, test, verify } from '../../harness';

// Documented on both balance pages: a missing entityId is a problem-with-message, not a constraint-violation.
for (const operationId of ['fetchCardBalance', 'checkWalletBalance']) {
  test(...covering(['DATA-BALANCE-001'], `${operationId} without entityId gets 400 "entityId: must not be empty"`), async ({ api }) => {
    const exchange = await api.call(operationId, { body: {} });
    verify(exchange, {
      status: 400,
      problemType: 'problem-with-message',
      detail: 'entityId: must not be empty',
      requirements: ['DATA-BALANCE-001'],
    });
  });
}
