import { expectRule, test, verify } from '../../harness';

// Rules: api-library/wallet/markLien. ADD holds, ADJUST sets the new total (not a delta), REMOVE releases the
// whole lien and ignores lienAmount; a lien lowers the available balance without debiting.
test.describe('markLien', () => {
  test('[WALLET-LIEN-001] ADD of 400 lowers the available balance by 400 and leaves the total balance', async ({ api, data }) => {
    const card = await data.fundedCard('1000.00');
    const before = await data.balance(card);
    const exchange = await api.call('markLien', { body: data.lien(card, { type: 'ADD', lienAmount: 400 }) });
    verify(exchange, { status: 200, requirements: ['WALLET-LIEN-001'] });
    const after = await data.balance(card);
    expectRule('WALLET-LIEN-001', 'available, held and total balance after the lien',
      { available: after.availableBalance, held: after.heldAmount, total: after.totalBalance },
      { available: before.availableBalance - 400, held: before.heldAmount + 400, total: before.totalBalance });
  });

  test('[WALLET-LIEN-002] ADJUST to 250 makes the lien 250, not 400 + 250', async ({ api, data }) => {
    const card = await data.fundedCard('1000.00');
    const before = await data.balance(card);
    const lienId = data.lienId();
    verify(await api.call('markLien', { body: data.lien(card, { lienId, type: 'ADD', lienAmount: 400 }) }), { status: 200, requirements: ['WALLET-LIEN-002'] });
    const exchange = await api.call('markLien', { body: data.lien(card, { lienId, type: 'ADJUST', lienAmount: 250 }) });
    verify(exchange, { status: 200, requirements: ['WALLET-LIEN-002'] });
    const after = await data.balance(card);
    expectRule('WALLET-LIEN-002', 'held amount and available balance after ADJUST',
      { held: after.heldAmount, available: after.availableBalance },
      { held: before.heldAmount + 250, available: before.availableBalance - 250 });
  });

  test('[WALLET-LIEN-003] REMOVE with lienAmount 100 releases the whole lien of 400', async ({ api, data }) => {
    const card = await data.fundedCard('1000.00');
    const before = await data.balance(card);
    const lienId = data.lienId();
    verify(await api.call('markLien', { body: data.lien(card, { lienId, type: 'ADD', lienAmount: 400 }) }), { status: 200, requirements: ['WALLET-LIEN-003'] });
    const exchange = await api.call('markLien', { body: data.lien(card, { lienId, type: 'REMOVE', lienAmount: 100 }) });
    verify(exchange, { status: 200, requirements: ['WALLET-LIEN-003'] });
    const after = await data.balance(card);
    expectRule('WALLET-LIEN-003', 'held amount and available balance after REMOVE',
      { held: after.heldAmount, available: after.availableBalance },
      { held: before.heldAmount, available: before.availableBalance });
  });

  test('[WALLET-LIEN-004] with balanceCheck, ADD above the available balance is rejected with PPCUST_079', async ({ api, data }) => {
    const card = await data.fundedCard('1000.00');
    const { availableBalance } = await data.balance(card);
    const exchange = await api.call('markLien', { body: data.lien(card, { type: 'ADD', lienAmount: availableBalance + 1, balanceCheck: true }) });
    verify(exchange, { status: 409, businessCode: 'PPCUST_079', requirements: ['WALLET-LIEN-004'] });
  });

  for (const type of ['ADJUST', 'REMOVE'] as const) {
    test(`[WALLET-LIEN-005] ${type} of a lien that does not exist is rejected with PPCUST_010`, async ({ api, data }) => {
      const card = await data.fundedCard('1000.00');
      const exchange = await api.call('markLien', { body: data.lien(card, { type, lienAmount: 100 }) });
      verify(exchange, { status: 409, businessCode: 'PPCUST_010', requirements: ['WALLET-LIEN-005'] });
    });
  }
});
