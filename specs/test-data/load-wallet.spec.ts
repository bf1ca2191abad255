import { expectRule, test, verify } from '../../harness';

// Rules: api-library/transaction/createTransaction (txnRef is the idempotency key) and the testing guide.
test.describe('loadWallet', () => {
  test('[DATA-LOAD-001] a credit of 1250.50 raises the balance by 1250.50', async ({ api, data }) => {
    const card = await data.card();
    const before = await data.balance(card);
    const exchange = await api.call('loadWallet', { body: data.transaction(card, { amount: '1250.50' }) });
    verify(exchange, { status: 200, requirements: ['DATA-LOAD-001'] });
    const after = await data.balance(card);
    expectRule('DATA-LOAD-001', 'the total balance after the credit', after.totalBalance, before.totalBalance + 1250.5);
  });

  test('[DATA-LOAD-002] the same txnRef twice is refused with 409 and loads once', async ({ api, data }) => {
    const card = await data.card();
    const body = data.transaction(card, { amount: '100.00' });
    verify(await api.call('loadWallet', { body }), { status: 200, requirements: ['DATA-LOAD-002'] });
    const once = await data.balance(card);
    const repeat = await api.call('loadWallet', { body });
    verify(repeat, { status: 409, businessCode: 'PPCUST_010', requirements: ['DATA-LOAD-002'] });
    expectRule('DATA-LOAD-002', 'the balance after a repeated txnRef', (await data.balance(card)).totalBalance, once.totalBalance);
  });

  test('[DATA-LOAD-003] a debit one paisa above the available balance is refused with PPCUST_079', async ({ api, data }) => {
    const card = await data.fundedCard('100.00');
    const above = ((await data.balance(card)).availableBalance + 0.01).toFixed(2);
    const exchange = await api.call('loadWallet', { body: data.transaction(card, { amount: above, transactionType: 'DEBIT', txnOrigin: 'POS' }) });
    verify(exchange, { status: 409, businessCode: 'PPCUST_079', requirements: ['DATA-LOAD-003'] });
  });
});
