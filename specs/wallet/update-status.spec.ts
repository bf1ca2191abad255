import { expectRule, test, verify } from '../../harness';

// Rules: api-library/wallet/updateWalletStatus ("Status Transition Rules").
test.describe('updateWalletStatus', () => {
  test('[WALLET-STATUS-001] ACTIVE → LOCKED succeeds and a later read returns LOCKED', async ({ api, data }) => {
    const card = await data.card();
    const exchange = await api.call('updateWalletStatus', { body: { accountId: card.accountId, status: 'LOCKED' } });
    verify(exchange, { status: 200, requirements: ['WALLET-STATUS-001'] });
    expectRule('WALLET-STATUS-001', 'the wallet status a later read returns', await data.walletStatus(card), 'LOCKED');
  });

  test('[WALLET-STATUS-002] LOCKED → LOCKED is rejected with PPCUST_032', async ({ api, data }) => {
    const card = await data.walletIn('LOCKED');
    const exchange = await api.call('updateWalletStatus', { body: { accountId: card.accountId, status: 'LOCKED' } });
    verify(exchange, { status: 409, businessCode: 'PPCUST_032', requirements: ['WALLET-STATUS-002'] });
  });

  for (const terminal of ['CLOSED', 'EXPIRED']) {
    test(`[WALLET-STATUS-003] ${terminal} → ACTIVE is rejected with PPCUST_032`, async ({ api, data }) => {
      const card = await data.walletIn(terminal);
      const exchange = await api.call('updateWalletStatus', { body: { accountId: card.accountId, status: 'ACTIVE' } });
      verify(exchange, { status: 409, businessCode: 'PPCUST_032', requirements: ['WALLET-STATUS-003'] });
    });
  }

  for (const restricted of ['FRAUD', 'BLOCKED']) {
    test(`[WALLET-STATUS-004] ${restricted} → ACTIVE is refused to the partner with 403`, async ({ api, data }) => {
      const card = await data.walletIn(restricted);
      const exchange = await api.call('updateWalletStatus', { body: { accountId: card.accountId, status: 'ACTIVE' } });
      verify(exchange, { status: 403, requirements: ['WALLET-STATUS-004'] });
    });

    test(`[WALLET-STATUS-004] ${restricted} → ACTIVE succeeds for the support role`, async ({ supportApi, data }) => {
      const card = await data.walletIn(restricted);
      const exchange = await supportApi.call('updateWalletStatus', { body: { accountId: card.accountId, status: 'ACTIVE' } });
      verify(exchange, { status: 200, requirements: ['WALLET-STATUS-004'] });
    });
  }
});
