import { effectMatrix, effectDeclaration, exerciseEffect, test } from '../../harness';

// Rules: api-library/wallet/updateWalletStatus ("Use Cases"), as the cells of fixtures/effects/wallet-effects.json.
const effects = effectMatrix('wallet-effects');

test.describe(effects.title, () => {
  for (const cell of effects.cells) test(...effectDeclaration(effects, cell), ({ cellClients }) => exerciseEffect(effects, cell, cellClients));
});
