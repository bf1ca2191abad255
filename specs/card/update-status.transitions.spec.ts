import { cellTests, cellDeclaration, exerciseCell, matrix, test } from '../../harness';

// Rules: api-library/card/updateCardStatus ("Important Rules") and integration-guide/entity-states, as the cells of fixtures/matrices/card-status.json: one test per cell and actor.
const cardStatus = matrix('card-status');

test.describe(cardStatus.title, () => {
  for (const step of cellTests(cardStatus)) test(...cellDeclaration(cardStatus, step), ({ cellClients }) => exerciseCell(cardStatus, step, cellClients));
});
