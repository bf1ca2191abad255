import { cellTests, cellDeclaration, exerciseCell, matrix, test } from '../../harness';

// Rules: api-library/customer/updateAccountStatus and integration-guide/entity-states, as the cells of fixtures/matrices/customer-status.json: one test per cell and actor.
const customerStatus = matrix('customer-status');

test.describe(customerStatus.title, () => {
  for (const step of cellTests(customerStatus)) test(...cellDeclaration(customerStatus, step), ({ cellClients }) => exerciseCell(customerStatus, step, cellClients));
});
