/** Wallets: credit/debit (loads), balances and wallet status. */
import { customerDoesNotExist, exceedsBalance, invalidRequest, invalidTransition } from '../http/business-errors';
import { badRequest, constraintViolation } from '../http/problems';
import type { AccountStatus } from '../rules/status-rules';
import type { Ctx } from './context';
import { enforceAccountTransition } from './account-transitions';
import { availableMinor, heldMinor } from './balances';
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

/** transaction/createTransaction: credit, debit or refund, as the customer's and the wallet's statuses let through. */
export function loadWallet(ctx: Ctx, request: LoadWalletRequest) {
  const customer = requireCustomer(ctx, request.entityId);
  const wallet = pickWallet(ctx, customer, request.accountId);
  const amount = toMinor(request.amount);
  // "amount … always positive" (transaction/createTransaction).
  if (amount <= 0) throw constraintViolation([{ field: 'amount', message: 'must be greater than 0' }]);
  // Inferred: an amount too large to count exactly in minor units is refused rather than rounded.
  if (!Number.isSafeInteger(amount)) throw constraintViolation([{ field: 'amount', message: 'numeric value out of bounds' }]);
  // txnRef is the idempotency key: the same txnRef twice is a duplicate (409; PPCUST_010 is inferred).
  if (ctx.state.txnRefs.has(request.txnRef) && !ctx.faults.active('duplicate-txn-accepted')) {
    throw invalidRequest(`Duplicate transaction: txnRef ${request.txnRef} was already processed`);
  }
  const movement = movementOf(request.transactionType);
  const before = wallet.totalMinor;
  const change = movement === 'debit' ? -amount : amount;
  gateMovement(ctx, customer, wallet, movement, change);
  // testing-guide: "Debit exceeding balance" → PPCUST_079; a lien "reduces the available balance" (wallet/markLien).
  if (movement === 'debit' && amount > availableMinor(wallet) && !ctx.faults.active('overdraft-allowed')) {
    throw exceedsBalance(`Debit of ${request.amount} exceeds the available balance`);
  }
  wallet.totalMinor += movement !== 'debit' && ctx.faults.active('load-credits-twice') ? 2 * change : change;
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
    postMinor: wallet.totalMinor,
    transactionType: request.transactionType,
    txnOrigin: request.txnOrigin,
    txnRef: request.txnRef,
    externalTransactionId: ctx.ids.externalTransactionId(),
    time: ctx.now(),
  };
  ctx.state.transactions.push(record);
  return {
    externalTransactionId: record.externalTransactionId,
    txnRef: request.txnRef,
    preBalance: toAmountString(before),
    postBalance: toAmountString(wallet.totalMinor),
    transactionStatus: 'SUCCESS',
  };
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

/** wallet/updateWalletStatus: the wallet matrix, plus the planted refusals of ACTIVE → LOCKED and of leaving REFUND_ONLY. */
export function updateWalletStatus(ctx: Ctx, request: { accountId: string; status: AccountStatus; entityId?: string }) {
  const wallet = ctx.state.wallets.get(request.accountId);
  if (!wallet || (request.entityId !== undefined && wallet.entityId !== request.entityId)) {
    throw invalidRequest(`No wallet ${request.accountId}`);
  }
  const refused =
    (ctx.faults.active('wallet-transition-refused') && wallet.status === 'ACTIVE' && request.status === 'LOCKED') ||
    (ctx.faults.active('wallet-refund-only-stuck') && wallet.status === 'REFUND_ONLY');
  if (refused) throw invalidTransition(wallet.status, request.status);
  enforceAccountTransition(ctx, 'wallet', wallet.status, request.status);
  wallet.status = request.status;
  return { accountId: wallet.accountId, status: wallet.status };
}
