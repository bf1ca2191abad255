import { amountText, concurrently, covering, type ApiClient, type Balance, type DataFactory, expectHistoryAddsUp, expectRule, type IssuedCard, type LoadResult, minorUnits, test, verify } from '../../harness';

// Rules: transaction/createTransaction (txnRef is the idempotency key: the same txnRef twice is a 409; the
// transactionType decides credit or debit; the answer names the externalTransactionId "for later lookups"), the testing
// guide ("Debit exceeding balance" is PPCUST_079), wallet/markLien (a lien lowers the available balance without
// debiting; ADJUST sets the new total; REMOVE releases the whole lien) and transaction/fetchByExternalTransactionId.
// Every exchange here, as everywhere, is also held to MONEY-ARITH-001 and MONEY-AVAIL-001 (harness/checks).
const FUNDS = '100.00';
/** A lien's amount is a JSON number (LienRequest). */
const HELD = 60;
const ADJUSTED = 20;

test.describe('money: debits at the edge of the available balance', () => {
  test(...covering(['MONEY-DEBIT-001', 'DATA-LOAD-003'], 'a debit one paisa above the available balance is refused with 409 PPCUST_079 and changes nothing'), async ({ api, data }) => {
    const card = await data.fundedCard(FUNDS);
    const before = await data.balance(card);
    const exchange = await api.call('loadWallet', { body: debit(data, card, available(before) + 1) });
    verify(exchange, { status: 409, businessCode: 'PPCUST_079', requirements: ['MONEY-DEBIT-001', 'DATA-LOAD-003'] });
    expectRule('MONEY-DEBIT-001', 'the balances after the refused debit', shown(await data.balance(card)), shown(before));
  });

  test(...covering(['MONEY-DEBIT-001'], 'with a lien holding part of the total, a debit one paisa above the available balance, below the total, is refused with 409 PPCUST_079 and changes nothing'), async ({ api, data }) => {
    const card = await data.fundedCard(FUNDS);
    const before = await heldBack(api, data, card, HELD);
    const exchange = await api.call('loadWallet', { body: debit(data, card, available(before) + 1) });
    verify(exchange, { status: 409, businessCode: 'PPCUST_079', requirements: ['MONEY-DEBIT-001'] });
    expectRule('MONEY-DEBIT-001', 'the balances after the refused debit', shown(await data.balance(card)), shown(before));
  });

  test(...covering(['MONEY-DEBIT-002'], 'a debit of exactly the available balance succeeds and leaves 0.00 available'), async ({ api, data }) => {
    const card = await data.fundedCard(FUNDS);
    const before = await data.balance(card);
    verify(await api.call('loadWallet', { body: debit(data, card, available(before)) }), { status: 200, requirements: ['MONEY-DEBIT-002'] });
    expectRule('MONEY-DEBIT-002', 'the balances after spending all that was available', shown(await data.balance(card)), spent(before));
  });
});

test.describe('money: txnRef is the idempotency key', () => {
  test(...covering(['MONEY-IDEM-001', 'DATA-LOAD-002'], 'the same txnRef twice, one after the other, is refused with 409 and applied once, in the balance and in the history'), async ({ api, data }) => {
    const card = await data.card();
    const body = data.transaction(card, { amount: '100.00' });
    const first = verify<{ result: LoadResult }>(await api.call('loadWallet', { body }), { status: 200, requirements: ['MONEY-IDEM-001', 'DATA-LOAD-002'] });
    const once = await data.balance(card);
    // The docs give no code for a duplicate (the contract assumes PPCUST_010, held by the contract checks).
    verify(await api.call('loadWallet', { body }), { status: 409, requirements: ['MONEY-IDEM-001', 'DATA-LOAD-002'] });
    expectRule('MONEY-IDEM-001', 'the balances after the repeated txnRef', shown(await data.balance(card)), shown(once));
    await expectListedOnce(data, card, 'MONEY-IDEM-001', body.txnRef, first.result);
  });

  test(...covering(['MONEY-IDEM-002'], 'the same txnRef sent twice at once is applied once: one 200, one 409'), async ({ api, data }) => {
    const card = await data.card();
    const before = await data.balance(card);
    const body = data.transaction(card, { amount: '100.00' });
    const answers = await concurrently([api.call('loadWallet', { body }), api.call('loadWallet', { body })]);
    for (const exchange of answers) verify(exchange);
    const statuses = answers.map((exchange) => exchange.response?.status).sort();
    expectRule('MONEY-IDEM-002', 'the statuses of the two requests sent at once', statuses, [200, 409]);
    const applied = answers.find((exchange) => exchange.response?.status === 200)!.response!.json as { result: LoadResult };
    expectRule('MONEY-IDEM-002', 'the balances after the two requests', shown(await data.balance(card)), moved(before, minorUnits(body.amount)!));
    await expectListedOnce(data, card, 'MONEY-IDEM-002', body.txnRef, applied.result);
  });

  test(...covering(['MONEY-IDEM-003'], 'a new txnRef with the body of an earlier transaction is a second transaction: both are applied'), async ({ api, data }) => {
    const card = await data.card();
    const before = await data.balance(card);
    const body = data.transaction(card, { amount: '100.00' });
    verify(await api.call('loadWallet', { body }), { status: 200, requirements: ['MONEY-IDEM-003'] });
    verify(await api.call('loadWallet', { body: { ...body, txnRef: data.uniqueId('TXN') } }), { status: 200, requirements: ['MONEY-IDEM-003'] });
    expectRule('MONEY-IDEM-003', 'the balances after two credits of 100.00', shown(await data.balance(card)), moved(before, 2 * minorUnits(body.amount)!));
  });
});

test.describe('money: what a lien holds', () => {
  test(...covering(['MONEY-LIEN-001'], `with ${HELD}.00 of ${FUNDS} held, a debit one paisa above what is left is refused with PPCUST_079, and one of exactly what is left succeeds`), async ({ api, data }) => {
    const card = await data.fundedCard(FUNDS);
    const held = await heldBack(api, data, card, HELD);
    verify(await api.call('loadWallet', { body: debit(data, card, available(held) + 1) }), { status: 409, businessCode: 'PPCUST_079', requirements: ['MONEY-LIEN-001'] });
    verify(await api.call('loadWallet', { body: debit(data, card, available(held)) }), { status: 200, requirements: ['MONEY-LIEN-001'] });
    expectRule('MONEY-LIEN-001', 'the balances after spending what was left', shown(await data.balance(card)), spent(held));
  });

  test(...covering(['MONEY-LIEN-002'], `after REMOVE of a lien of ${HELD}.00, all of ${FUNDS} can be spent`), async ({ api, data }) => {
    const card = await data.fundedCard(FUNDS);
    const start = await data.balance(card);
    const lienId = data.lienId();
    await heldBack(api, data, card, HELD, lienId);
    verify(await api.call('markLien', { body: data.lien(card, { lienId, type: 'REMOVE', lienAmount: HELD }) }), { status: 200, requirements: ['WALLET-LIEN-003'] });
    verify(await api.call('loadWallet', { body: debit(data, card, available(start)) }), { status: 200, requirements: ['MONEY-LIEN-002'] });
    expectRule('MONEY-LIEN-002', 'the balances after spending what the lien held', shown(await data.balance(card)), spent(start));
  });

  test(...covering(['MONEY-LIEN-003'], `after ADJUST of a lien from ${HELD}.00 down to ${ADJUSTED}.00, exactly the total less ${ADJUSTED}.00 can be spent, and not one paisa more`), async ({ api, data }) => {
    const card = await data.fundedCard(FUNDS);
    const start = await data.balance(card);
    const lienId = data.lienId();
    await heldBack(api, data, card, HELD, lienId);
    verify(await api.call('markLien', { body: data.lien(card, { lienId, type: 'ADJUST', lienAmount: ADJUSTED }) }), { status: 200, requirements: ['WALLET-LIEN-002'] });
    // ADJUST sets the new total (WALLET-LIEN-002): of the hold, it frees all but what it is adjusted to.
    const adjusted = await data.balance(card);
    expectRule('WALLET-LIEN-002', `the available balance after ADJUST to ${ADJUSTED}`, amountText(available(adjusted)), amountText(available(start) - minorUnits(ADJUSTED)!));
    verify(await api.call('loadWallet', { body: debit(data, card, available(adjusted) + 1) }), { status: 409, businessCode: 'PPCUST_079', requirements: ['MONEY-LIEN-003'] });
    verify(await api.call('loadWallet', { body: debit(data, card, available(adjusted)) }), { status: 200, requirements: ['MONEY-LIEN-003'] });
    expectRule('MONEY-LIEN-003', 'the balances after spending what was left', shown(await data.balance(card)), spent(adjusted));
  });
});

test.describe('money: a transaction looked up by its externalTransactionId', () => {
  test(...covering(['MONEY-LOOKUP-001'], 'a credit and then a debit, each looked up by the externalTransactionId its answer gave, show its amount, balances and direction'), async ({ api, data }) => {
    const card = await data.card();
    const moves = [];
    for (const [transactionType, amount] of [['CREDIT', '100.00'], ['DEBIT', '30.25']] as const) {
      const body = data.transaction(card, { amount, transactionType, txnOrigin: transactionType === 'DEBIT' ? 'POS' : 'LOAD' });
      const { result } = verify<{ result: LoadResult }>(await api.call('loadWallet', { body }), { status: 200, requirements: ['MONEY-LOOKUP-001'] });
      moves.push({ ...result, amount, direction: transactionType === 'DEBIT' ? 'debit' : 'credit' } as const);
    }
    // Both are looked up once the wallet has moved on, so each answer must be the transaction asked for, not its latest.
    for (const { direction, ...answered } of moves) {
      const lookup = await api.call('fetchTransactionByExternalId', { pathParams: { externalTransactionId: answered.externalTransactionId } });
      const found = verify<{ result: Record<string, unknown> }>(lookup, { status: 200, requirements: ['MONEY-LOOKUP-001'] }).result;
      // crDr is D for a debit (the page's example); what a credit shows is not given, so it is anything else.
      expectRule('MONEY-LOOKUP-001', `the ${direction} looked up by the externalTransactionId its answer gave`, figures(found, found.crDr === 'D' ? 'debit' : 'credit'), figures(answered, direction));
    }
  });

  test(...covering(['MONEY-LOOKUP-002'], 'an unknown externalTransactionId gets 409 PPCUST_002'), async ({ api, data }) => {
    const externalTransactionId = data.faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' });
    const exchange = await api.call('fetchTransactionByExternalId', { pathParams: { externalTransactionId } });
    verify(exchange, { status: 409, businessCode: 'PPCUST_002', requirements: ['MONEY-LOOKUP-002'] });
  });
});

/** A debit of `minor` paise from the card's wallet (POS: a card spend). */
const debit = (data: DataFactory, card: IssuedCard, minor: number) =>
  data.transaction(card, { amount: amountText(minor), transactionType: 'DEBIT', txnOrigin: 'POS' });

const available = (balance: Balance) => minorUnits(balance.availableBalance)!;
const total = (balance: Balance) => minorUnits(balance.totalBalance)!;

/** The three balances, as amounts of two decimals, so a read back compares exactly. */
const shown = (balance: Balance) => ({
  available: amountText(available(balance)),
  held: amountText(minorUnits(balance.heldAmount)!),
  total: amountText(total(balance)),
});

/** The balances `before`, once all that was available is spent: nothing available, the holds as they were. */
const spent = (before: Balance) => ({ ...shown(before), available: '0.00', total: amountText(total(before) - available(before)) });

/** The balances `before`, with `minor` paise more in the wallet. */
const moved = (before: Balance, minor: number) => ({ ...shown(before), available: amountText(available(before) + minor), total: amountText(total(before) + minor) });

/**
 * Places a lien of `amount` on the card's wallet and reads the balances back; the lien must lower the available balance
 * by the amount (WALLET-LIEN-001), so a test that spends around it starts from a lien that holds.
 */
async function heldBack(api: ApiClient, data: DataFactory, card: IssuedCard, amount: number, lienId = data.lienId()): Promise<Balance> {
  const before = await data.balance(card);
  verify(await api.call('markLien', { body: data.lien(card, { lienId, type: 'ADD', lienAmount: amount }) }), { status: 200, requirements: ['WALLET-LIEN-001'] });
  const after = await data.balance(card);
  expectRule('WALLET-LIEN-001', `the available balance after a lien of ${amount}`, amountText(available(after)), amountText(available(before) - minorUnits(amount)!));
  return after;
}

/**
 * The wallet's history lists the transaction sent with `txnRef` exactly once (found by its txnRef, where the environment
 * echoes it, or by the externalTransactionId it was answered with), and adds up to the balance (MONEY-HISTORY-001).
 */
async function expectListedOnce(data: DataFactory, card: IssuedCard, requirement: string, txnRef: string, applied: LoadResult): Promise<void> {
  const ledger = await data.ledger(card);
  const mine = ledger.applied.filter((item) => item.txnRef === txnRef || item.externalTransactionId === applied.externalTransactionId);
  expectRule(requirement, 'the history items of the txnRef sent', mine.length, 1);
  expectHistoryAddsUp(ledger);
}

/** What a lookup must repeat of the answer: the amount, the balances around it, and the direction, in minor units. */
const figures = (t: Record<string, unknown>, direction: 'credit' | 'debit') => ({
  externalTransactionId: t.externalTransactionId,
  amount: minorUnits(t.amount),
  preBalance: minorUnits(t.preBalance),
  postBalance: minorUnits(t.postBalance),
  direction,
});
