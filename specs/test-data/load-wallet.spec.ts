import { covering, expectRule, test, verify } from '../../harness';

// Rules: api-library/transaction/createTransaction. The repeated txnRef (DATA-LOAD-002) and the debit above the balance
// (DATA-LOAD-003) are tested with the money rules they belong to, in specs/wallet/money.spec.ts.
test.describe('loadWallet', () => {
  test(...covering(['DATA-LOAD-001'], 'a credit of 1250.50 raises the balance by 1250.50'), async ({ api, data }) => {
    const card = await data.card();
    const before = await data.balance(card);
    const exchange = await api.call('loadWallet', { body: data.transaction(card, { amount: '1250.50' }) });
    verify(exchange, { status: 200, requirements: ['DATA-LOAD-001'] });
    const after = await data.balance(card);
    expectRule('DATA-LOAD-001', 'the total balance after the credit', after.totalBalance, before.totalBalance + 1250.5);
  });
});
