import { cellTests, cellDeclaration, exerciseCell, matrix, test } from '../../harness';

// Rules: api-library/wallet/updateWalletStatus ("Status Transition Rules"), as the cells of fixtures/matrices/wallet-status.json: one test per cell and actor.
const walletStatus = matrix('wallet-status');

test.describe(walletStatus.title, () => {
  for (const step of cellTests(walletStatus)) test(...cellDeclaration(walletStatus, step), ({ cellClients }) => exerciseCell(walletStatus, step, cellClients));
});
