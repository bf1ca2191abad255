/** Wallets: credit/debit (loads), balances and wallet status. */
import { customerDoesNotExist, exceedsBalance, invalidRequest, invalidTransition } from '../http/business-errors';
import { badRequest, constraintViolation } from '../http/problems';
import type { AccountStatus } from '../rules/status-rules';
import type { Ctx } from './context';
import { enforceAccountTransition } from './account-transitions';
import { availableMinor, heldMinor } from './balances';
import { addedMinor } from './liens';
import { cardsOf, customerWallets, requireCustomer, walletsOf } from './lookup';
import type { Customer, Wallet } from './model';
import { movementOf } from '../rules/status-effects';
import { gateMovement } from './status-gate';
import { toAmountString, toMajor, toMinor } from './money';

export interface LoadWalletRequest {
  entityId: string;
  accountId?: string;
  amount: string;
  txnRef: string;
  transactionType: string;
  txnOrigin: string;
}

/**
 * How long a movement waits before it is applied and committed while `duplicate-txn-race` is planted: long enough for
 * two requests sent at once to both be in flight inside it.
 */
const RACE_WINDOW_MS = 100;

/** transaction/createTransaction: credit, debit or refund, as the customer's and the wallet's statuses let through. */
export async function loadWallet(ctx: Ctx, request: LoadWalletRequest) {
  const customer = requireCustomer(ctx, request.entityId);
  const wallet = pickWallet(ctx, customer, request.accountId);
  const amount = toMinor(request.amount);
  // "amount … always positive" (transaction/createTransaction).
  if (amount <= 0) throw constraintViolation([{ field: 'amount', message: 'must be greater than 0' }]);
  // Inferred: an amount too large to count exactly in minor units is refused rather than rounded.
  if (!Number.isSafeInteger(amount)) throw constraintViolation([{ field: 'amount', message: 'numeric value out of bounds' }]);
  // txnRef is the idempotency key: the same txnRef twice is a duplicate (409; PPCUST_010 is inferred). From this check
  // to the commit below nothing awaits, so a second request with the txnRef, even sent at the same time, is refused.
  if (isDuplicate(ctx, wallet, request.txnRef) && !ctx.faults.active('duplicate-txn-accepted')) {
    throw invalidRequest(`Duplicate transaction: txnRef ${request.txnRef} was already processed`);
  }
  // Planted: a new txnRef with the body of an applied movement is taken for a duplicate of it.
  if (sameMovementApplied(ctx, wallet, request) && ctx.faults.active('duplicate-by-content')) {
    throw invalidRequest(`Duplicate transaction: the same ${request.transactionType} of ${request.amount} was already processed`);
  }
  // Planted: the check above sees only committed txnRefs, and the movement commits after a wait, so a request with the
  // same txnRef that arrives meanwhile passes the check too and both apply.
  if (ctx.faults.active('duplicate-txn-race')) await new Promise((resolve) => setTimeout(resolve, RACE_WINDOW_MS));
  const movement = movementOf(request.transactionType);
  const before = wallet.totalMinor;
  const change = movement === 'debit' ? -amount : amount;
  gateMovement(ctx, customer, wallet, movement, change);
  if (movement === 'debit') refuseWhatTheAvailableBalanceCannotCover(ctx, wallet, amount, request.amount);
  const after = before + change;
  // The answer and the history say `after`; the planted load-credits-twice gives the wallet the credit twice.
  wallet.totalMinor = movement !== 'debit' && ctx.faults.active('load-credits-twice') ? after + change : after;
  // Loads count towards LRS usage (customer/getUsageDetails); recorded as type LOAD in the wallet's currency.
  if (movement === 'credit' && request.txnOrigin === 'LOAD' && !ctx.faults.active('usage-ignores-loads')) {
    ctx.state.loads.push({ entityId: customer.entityId, currency: wallet.currency, amountMinor: amount, at: ctx.now() });
  }
  ctx.state.txnRefs.add(request.txnRef);
  const record = {
    entityId: customer.entityId,
    accountId: wallet.accountId,
    amountMinor: change,
    preMinor: before,
    postMinor: after,
    transactionType: request.transactionType,
    txnOrigin: request.txnOrigin,
    txnRef: request.txnRef,
    externalTransactionId: ctx.ids.externalTransactionId(),
    time: ctx.now(),
  };
  ctx.state.transactions.push(record);
  // Planted: the answer adds a debit to the balance before it (the wallet and the history are right).
  const answered = movement === 'debit' && ctx.faults.active('post-balance-sign') ? before + amount : after;
  return {
    externalTransactionId: record.externalTransactionId,
    txnRef: request.txnRef,
    preBalance: toAmountString(before),
    postBalance: toAmountString(answered),
    transactionStatus: 'SUCCESS',
  };
}

/**
 * implementation-guide/testing-guide: "Debit exceeding balance" is 409 PPCUST_079. A lien "reduces the available
 * balance without debiting funds" (wallet/markLien), so a debit may take the available balance, not the total.
 */
function refuseWhatTheAvailableBalanceCannotCover(ctx: Ctx, wallet: Wallet, amount: number, shown: string): void {
  const available = availableMinor(wallet) + heldUnseenByFault(ctx, wallet, amount);
  // Planted: a debit of exactly the available balance is taken for one exceeding it.
  if (amount === available && ctx.faults.active('debit-at-balance-refused')) throw exceedsBalance(`Debit of ${shown} exceeds the available balance`);
  if (amount <= available) return;
  // Planted: the debit is held to the total, so it spends what liens hold.
  if (amount <= wallet.totalMinor && ctx.faults.active('lien-ignored-by-debit')) return;
  if (ctx.faults.active('overdraft-allowed')) return;
  throw exceedsBalance(`Debit of ${shown} exceeds the available balance`);
}

/**
 * Whether the txnRef was applied before. Planted (txnref-checked-against-last): only the wallet's latest movement is
 * compared, so a txnRef reused after another movement passes; asked only when that would change the answer.
 */
function isDuplicate(ctx: Ctx, wallet: Wallet, txnRef: string): boolean {
  if (!ctx.state.txnRefs.has(txnRef)) return false;
  const latest = ctx.state.transactions.filter((t) => t.accountId === wallet.accountId).at(-1);
  return latest?.txnRef === txnRef || !ctx.faults.active('txnref-checked-against-last');
}

/**
 * What planted faults of the debit check leave out of the held amount, asked only when the debit would be refused
 * otherwise: lien-raise-unseen-by-debit sees each lien at its ADD amount when ADJUST raised it; available-counts-one-lien
 * counts only the oldest lien.
 */
function heldUnseenByFault(ctx: Ctx, wallet: Wallet, amount: number): number {
  if (amount <= availableMinor(wallet)) return 0;
  const added = addedMinor(wallet);
  const raised = [...wallet.liens].reduce((sum, [lienId, held]) => sum + Math.max(held - (added.get(lienId) ?? held), 0), 0);
  if (raised > 0 && ctx.faults.active('lien-raise-unseen-by-debit')) return raised;
  const [, ...others] = [...wallet.liens.values()];
  if (others.length > 0 && ctx.faults.active('available-counts-one-lien')) return others.reduce((sum, held) => sum + held, 0);
  return 0;
}

/** An applied movement of the wallet with the same amount, type and origin as the request. */
function sameMovementApplied(ctx: Ctx, wallet: Wallet, request: LoadWalletRequest): boolean {
  const amount = toMinor(request.amount);
  return ctx.state.transactions.some(
    (t) => t.accountId === wallet.accountId && Math.abs(t.amountMinor) === amount && t.transactionType === request.transactionType && t.txnOrigin === request.txnOrigin,
  );
}

/** transaction/fetchTransactions: the customer's transactions (one wallet's when accountId is given), newest first. */
export function fetchTransactions(ctx: Ctx, request: { entityId: string; accountId?: string }) {
  const customer = requireCustomer(ctx, request.entityId);
  return ctx.state.transactions
    .filter((t) => t.entityId === customer.entityId && (request.accountId === undefined || t.accountId === request.accountId))
    .filter((t) => movementOf(t.transactionType) !== 'refund' || !ctx.faults.active('history-misses-refund'))
    .reverse()
    .map((t) => ({
      amount: toAmountString(t.amountMinor),
      preBalance: toAmountString(t.preMinor),
      postBalance: toAmountString(t.postMinor),
      transactionType: t.transactionType,
      txnOrigin: t.txnOrigin,
      transactionStatus: 'SUCCESS',
      externalTransactionId: t.externalTransactionId,
      txnRef: t.txnRef,
      time: t.time.toISOString(),
    }));
}

/**
 * transaction/fetchByExternalTransactionId: the transaction a credit or debit answered with this externalTransactionId,
 * its amount unsigned and crDr D for a debit (the page's example: 500.00 D, 8500.00 before, 8000.00 after). An unknown
 * ID is 409 PPCUST_002 "Customer does not exist" (documented; its detail says "Customer does not exists for id").
 */
export function fetchTransactionByExternalId(ctx: Ctx, externalTransactionId: string) {
  const asked = ctx.state.transactions.find((t) => t.externalTransactionId === externalTransactionId);
  if (!asked) throw customerDoesNotExist(`Customer does not exists for id ${externalTransactionId}`);
  const latest = ctx.state.transactions.filter((t) => t.accountId === asked.accountId).at(-1);
  // Planted: the lookup answers the wallet's latest transaction instead of the one asked for.
  const t = latest && latest !== asked && ctx.faults.active('lookup-latest-transaction') ? latest : asked;
  return {
    amount: toAmountString(Math.abs(t.amountMinor)),
    preBalance: toAmountString(t.preMinor),
    postBalance: toAmountString(t.postMinor),
    transactionType: t.transactionType,
    txnOrigin: t.txnOrigin,
    transactionStatus: 'SUCCESS',
    time: t.time.toISOString(),
    externalTransactionId: t.externalTransactionId,
    crDr: t.amountMinor < 0 ? 'D' : 'C',
  };
}

/** The wallet asked for, or the customer's primary (first) wallet. Missing → 409 PPCUST_010 (inferred). */
function pickWallet(ctx: Ctx, customer: Customer, accountId: string | undefined): Wallet {
  const wallets = customerWallets(ctx, customer);
  const wallet = accountId === undefined ? wallets[0] : wallets.find((w) => w.accountId === accountId);
  if (!wallet) throw invalidRequest(`No wallet ${accountId ?? 'at all'} for entity ${customer.entityId}`);
  return wallet;
}

/**
 * wallet/checkWalletBalance: `balance` is what can be spent, the available balance (inferred: the page
 * does not say whether liens count).
 */
export function checkWalletBalance(ctx: Ctx, request: { entityId: string; accountId?: string }) {
  const customer = requireCustomer(ctx, request.entityId);
  const wallet = pickWallet(ctx, customer, request.accountId);
  return {
    accountId: wallet.accountId,
    entityId: customer.entityId,
    balance: toMajor(availableMinor(wallet)),
    currency: wallet.currency,
    status: wallet.status,
  };
}

/** card/fetchCardBalance: per wallet of the card (primary card when no kitNo), available/held/total. */
export function fetchCardBalance(ctx: Ctx, request: { entityId: string; kitNo?: string }) {
  const customer = ctx.state.customers.get(request.entityId);
  if (!customer) throw customerDoesNotExist(`Customer does not exist for entity: ${request.entityId}`);
  const cards = cardsOf(ctx, customer);
  const card = request.kitNo === undefined ? cards[0] : cards.find((c) => c.kitNo === request.kitNo);
  // Inferred: the contract documents only PPCUST_002 here, so a missing card is reported the same way.
  if (!card) throw customerDoesNotExist(`No card ${request.kitNo ?? 'at all'} for entity: ${request.entityId}`);
  return {
    entityId: customer.entityId,
    kitNo: card.kitNo,
    wallets: walletsOf(ctx, card).map((wallet) => ({
      accountId: wallet.accountId,
      currency: wallet.currency,
      availableBalance: toMajor(availableMinor(wallet)),
      heldAmount: toMajor(heldMinor(wallet)),
      totalBalance: toMajor(wallet.totalMinor),
      status: wallet.status,
    })),
  };
}

/** The documented 400 of both balance pages when entityId is missing or empty (catalog §4.3 b). */
export function missingEntityId() {
  return badRequest('entityId: must not be empty');
}

/** wallet/updateWalletStatus: the wallet matrix, plus the planted refusals of ACTIVE → LOCKED, ACTIVE → CLOSED and of leaving REFUND_ONLY. */
export function updateWalletStatus(ctx: Ctx, request: { accountId: string; status: AccountStatus; entityId?: string }) {
  const wallet = ctx.state.wallets.get(request.accountId);
  if (!wallet || (request.entityId !== undefined && wallet.entityId !== request.entityId)) {
    throw invalidRequest(`No wallet ${request.accountId}`);
  }
  const refused =
    (ctx.faults.active('wallet-transition-refused') && wallet.status === 'ACTIVE' && request.status === 'LOCKED') ||
    (ctx.faults.active('wallet-close-refused') && wallet.status === 'ACTIVE' && request.status === 'CLOSED') ||
    (ctx.faults.active('wallet-refund-only-stuck') && wallet.status === 'REFUND_ONLY');
  if (refused) throw invalidTransition(wallet.status, request.status);
  enforceAccountTransition(ctx, 'wallet', wallet.status, request.status);
  wallet.status = request.status;
  return { accountId: wallet.accountId, status: wallet.status };
}
