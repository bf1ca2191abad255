import { effectMatrix, effectDeclaration, exerciseEffect, test } from '../../harness';

// Rules: api-library/customer/updateAccountStatus (status descriptions) and integration-guide/entity-states ("Transactions Allowed"), as the cells of fixtures/effects/customer-effects.json.
const effects = effectMatrix('customer-effects');

test.describe(effects.title, () => {
  for (const cell of effects.cells) test(...effectDeclaration(effects, cell), ({ cellClients }) => exerciseEffect(effects, cell, cellClients));
});
