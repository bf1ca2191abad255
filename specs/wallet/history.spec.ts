import { covering, expectHistoryAddsUp, expectRule, test, verify } from '../../harness';

// Rules: api-library/transaction/fetchTransactions (amounts, debits negative) and createTransaction (the movements).
test(...covering(['MONEY-HISTORY-001'], 'after a load, a debit and a refund, a new wallet\'s history lists the three and adds up to its balance'), async ({ api, data }) => {
  const card = await data.card();
  for (const [amount, transactionType, txnOrigin] of [['100.00', 'CREDIT', 'LOAD'], ['30.00', 'DEBIT', 'POS'], ['5.00', 'REFUND', 'POS']] as const) {
    verify(await api.call('loadWallet', { body: data.transaction(card, { amount, transactionType, txnOrigin }) }), { status: 200, requirements: ['MONEY-HISTORY-001'] });
  }
  const ledger = await data.ledger(card);
  expectRule('MONEY-HISTORY-001', 'the signed amounts of the successful history items, sorted', ledger.applied.map((item) => Number(item.amount)).sort((a, b) => a - b), [-30, 5, 100]);
  expectHistoryAddsUp(ledger);
});
