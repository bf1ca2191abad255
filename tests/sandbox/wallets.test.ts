import assert from 'node:assert/strict';
import test from 'node:test';
import { sandbox, type Api } from './helpers';

async function lien(api: Api, accountNumber: string, type: string, lienId: string, lienAmount: number, balanceCheck = true) {
  return api.call('markLien', { lienId, transactionId: `T-${lienId}-${type}`, source: 'PRE_AUTH', accountNumber, lienAmount, type, balanceCheck });
}

test('credits raise the balance, debits lower it, a debit above the balance is 409 PPCUST_079', async () => {
  const api = sandbox();
  const card = await api.card();
  const credit = (await api.load(card.entityId, '1000.50')).json().result;
  assert.equal(credit.preBalance, '0.00');
  assert.equal(credit.postBalance, '1000.50');
  assert.equal((await api.load(card.entityId, '200', { type: 'LOAD_UPI_INTENT' })).json().result.postBalance, '1200.50');
  assert.equal((await api.load(card.entityId, '0.50', { type: 'DEBIT', origin: 'POS' })).json().result.postBalance, '1200.00');
  const over = await api.load(card.entityId, '1200.01', { type: 'DEBIT', origin: 'POS' });
  assert.equal(over.statusCode, 409);
  assert.equal(over.json().businessCode, 'PPCUST_079');
  const wallet = (await api.call('checkWalletBalance', { entityId: card.entityId })).json().result;
  assert.deepEqual(wallet, { accountId: card.accountId, entityId: card.entityId, balance: 1200, currency: 'INR', status: 'ACTIVE' });
});

test('the same txnRef twice is 409 and loads once; an unknown customer is PPCUST_002', async () => {
  const api = sandbox();
  const card = await api.card();
  assert.equal((await api.load(card.entityId, '10', { txnRef: 'REF-1' })).statusCode, 200);
  const again = await api.load(card.entityId, '10', { txnRef: 'REF-1' });
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().businessCode, 'PPCUST_010');
  assert.equal((await api.balance(card.entityId)).totalBalance, 10);
  assert.equal((await api.load('nobody', '10')).json().businessCode, 'PPCUST_002');
});

test('ADD holds without debiting; ADJUST sets the new total; REMOVE releases all whatever lienAmount says', async () => {
  const api = sandbox();
  const card = await api.card({ balance: '1000' });
  const added = (await lien(api, card.accountId, 'ADD', 'L1', 300)).json().result;
  assert.deepEqual(added, { lienId: 'L1', accountNumber: card.accountId, type: 'ADD', lienAmount: 300, heldAmount: 300, availableBalance: 700 });
  assert.deepEqual(await api.balance(card.entityId), { accountId: card.accountId, currency: 'INR', availableBalance: 700, heldAmount: 300, totalBalance: 1000, status: 'ACTIVE' });
  await lien(api, card.accountId, 'ADJUST', 'L1', 450);
  assert.equal((await api.balance(card.entityId)).availableBalance, 550);
  await lien(api, card.accountId, 'ADJUST', 'L1', 100);
  assert.equal((await api.balance(card.entityId)).heldAmount, 100);
  await lien(api, card.accountId, 'ADD', 'L2', 50);
  await lien(api, card.accountId, 'REMOVE', 'L1', 1);
  assert.deepEqual(await api.balance(card.entityId), { accountId: card.accountId, currency: 'INR', availableBalance: 950, heldAmount: 50, totalBalance: 1000, status: 'ACTIVE' });
});

test('balanceCheck bounds ADD by the available balance and ADJUST by its increase', async () => {
  const api = sandbox();
  const card = await api.card({ balance: '100' });
  assert.equal((await lien(api, card.accountId, 'ADD', 'L1', 100.01)).json().businessCode, 'PPCUST_079');
  assert.equal((await lien(api, card.accountId, 'ADD', 'L1', 60)).statusCode, 200);
  assert.equal((await lien(api, card.accountId, 'ADJUST', 'L1', 100)).statusCode, 200); // +40 of 40 available
  assert.equal((await lien(api, card.accountId, 'ADJUST', 'L1', 100.01)).json().businessCode, 'PPCUST_079');
  assert.equal((await lien(api, card.accountId, 'ADD', 'L2', 500, false)).statusCode, 200);
  assert.equal((await api.load(card.entityId, '1', { type: 'DEBIT', origin: 'POS' })).json().businessCode, 'PPCUST_079');
});

test('duplicate lienId, unknown lienId or account, and a zero hold are 409 PPCUST_010', async () => {
  const api = sandbox();
  const card = await api.card({ balance: '100' });
  await lien(api, card.accountId, 'ADD', 'L1', 10);
  for (const response of [
    await lien(api, card.accountId, 'ADD', 'L1', 10),
    await lien(api, card.accountId, 'ADJUST', 'NOPE', 10),
    await lien(api, card.accountId, 'REMOVE', 'NOPE', 10),
    await lien(api, 'no-account', 'ADD', 'L9', 10),
    await lien(api, card.accountId, 'ADD', 'L0', 0),
  ]) {
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().businessCode, 'PPCUST_010');
  }
});

test('what a status lets through: a DEBIT_FREEZE wallet takes credits and refunds, not debits; a REFUND_ONLY customer only refunds; nothing moves when refused', async () => {
  const api = sandbox();
  const card = await api.card();
  await api.load(card.entityId, '100');
  await api.call('updateWalletStatus', { accountId: card.accountId, status: 'DEBIT_FREEZE' });
  const debit = await api.load(card.entityId, '10', { type: 'DEBIT', origin: 'POS' });
  assert.equal(debit.statusCode, 409);
  assert.equal((await api.load(card.entityId, '5')).statusCode, 200);
  assert.equal((await api.load(card.entityId, '1', { type: 'REFUND', origin: 'POS' })).statusCode, 200);
  await api.call('updateWalletStatus', { accountId: card.accountId, status: 'ACTIVE' });
  await api.call('updateCustomerStatus', { entityId: card.entityId, status: 'REFUND_ONLY' });
  assert.equal((await api.load(card.entityId, '5')).statusCode, 409);
  assert.equal((await api.load(card.entityId, '2', { type: 'REFUND', origin: 'POS' })).statusCode, 200);
  const balance = (await api.call('checkWalletBalance', { entityId: card.entityId })).json().result.balance;
  assert.equal(balance, 108);
});

test('the history lists every applied movement, newest first, with signed amounts whose sum is the balance', async () => {
  const api = sandbox();
  const card = await api.card();
  await api.load(card.entityId, '100');
  await api.load(card.entityId, '30.25', { type: 'DEBIT', origin: 'POS' });
  await api.load(card.entityId, '500', { type: 'DEBIT', origin: 'POS' }); // refused: above the balance
  const history = await api.call('fetchTransactions', { entityId: card.entityId });
  assert.equal(history.statusCode, 200);
  const items = history.json().result as { amount: string; preBalance: string; postBalance: string }[];
  assert.deepEqual(items.map((t) => [t.amount, t.preBalance, t.postBalance]), [['-30.25', '100.00', '69.75'], ['100.00', '0.00', '100.00']]);
  assert.equal(history.json().pagination.totalElements, 2);
  assert.equal((await api.call('fetchTransactions', { entityId: 'nobody' })).json().businessCode, 'PPCUST_002');
});

test('a transaction is looked up by the externalTransactionId its answer gave: amount unsigned, crDr, balances; an unknown ID is 409 PPCUST_002', async () => {
  const api = sandbox();
  const card = await api.card();
  const credit = (await api.load(card.entityId, '100')).json().result;
  const debit = (await api.load(card.entityId, '30.25', { type: 'DEBIT', origin: 'POS' })).json().result;
  const lookup = async (externalTransactionId: string) => api.call('fetchTransactionByExternalId', undefined, { params: { externalTransactionId } });
  const shown = async (id: string) => {
    const { amount, crDr, preBalance, postBalance, externalTransactionId } = (await lookup(id)).json().result;
    return { amount, crDr, preBalance, postBalance, externalTransactionId };
  };
  assert.deepEqual(await shown(credit.externalTransactionId), { amount: '100.00', crDr: 'C', preBalance: '0.00', postBalance: '100.00', externalTransactionId: credit.externalTransactionId });
  assert.deepEqual(await shown(debit.externalTransactionId), { amount: '30.25', crDr: 'D', preBalance: '100.00', postBalance: '69.75', externalTransactionId: debit.externalTransactionId });
  const unknown = await lookup('fcf9497aeb7943d7abb8b48696e129f8');
  assert.equal(unknown.statusCode, 409);
  assert.equal(unknown.json().businessCode, 'PPCUST_002');
  assert.equal(unknown.json().title, 'Customer does not exist');
  // Another tenant's transaction does not exist for this one.
  assert.equal((await api.call('fetchTransactionByExternalId', undefined, { params: { externalTransactionId: credit.externalTransactionId }, as: 'globex' })).statusCode, 409);
});

test('one txnRef sent twice at once applies once: one 200 and one 409', async () => {
  const api = sandbox();
  const card = await api.card();
  const answers = await Promise.all([api.load(card.entityId, '5', { txnRef: 'AT-ONCE' }), api.load(card.entityId, '5', { txnRef: 'AT-ONCE' })]);
  assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 409]);
  assert.equal((await api.balance(card.entityId)).totalBalance, 5);
});

test('a debit may take the available balance, to the last paisa, and never what a lien holds', async () => {
  const api = sandbox();
  const card = await api.card({ balance: '100' });
  await lien(api, card.accountId, 'ADD', 'L1', 60);
  assert.equal((await api.load(card.entityId, '40.01', { type: 'DEBIT', origin: 'POS' })).json().businessCode, 'PPCUST_079');
  assert.equal((await api.load(card.entityId, '40', { type: 'DEBIT', origin: 'POS' })).statusCode, 200);
  assert.deepEqual(await api.balance(card.entityId), { accountId: card.accountId, currency: 'INR', availableBalance: 0, heldAmount: 60, totalBalance: 60, status: 'ACTIVE' });
});
