/** Schemas of the wallet and its money: liens, wallet status and balance, credit/debit, history and lookup (api-library/wallet, api-library/transaction). */
import { inferred, partlyInferred, ref, sourced, type Schema } from '../schema-types';
import { answered, currencyCode, envelope, envelopeShape, money, nonBlank, object, source, text } from './common';

export const TRANSACTION_TYPES = [
  'CREDIT', 'DEBIT', 'REFUND', 'REVERSAL', 'LOAD_NET', 'LOAD_DC', 'LOAD_CC', 'LOAD_UPI_COLL',
  'LOAD_UPI_INTENT', 'LOAD_SWEEP', 'LOAD_FT', 'LOAD_IR', 'ACCOUNT_CLOSURE', 'CASHBACK',
] as const;

export const TRANSACTION_ORIGINS = ['ATM', 'POS', 'ECOM', 'WEB', 'LOAD'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
export type TransactionOrigin = (typeof TRANSACTION_ORIGINS)[number];

export const walletSchemas: Record<string, Schema> = {
  LienRequest: object(
    {
      lienId: nonBlank,
      transactionId: nonBlank,
      extTxnId: text,
      source: nonBlank,
      txnOrigin: text,
      txnType: text,
      accountNumber: nonBlank,
      lienAmount: inferred({ type: 'number', minimum: 0 }, 'a negative hold is meaningless; REMOVE ignores the amount, so zero is allowed there'),
      type: { type: 'string', enum: ['ADD', 'ADJUST', 'REMOVE'] },
      balanceCheck: { type: 'boolean' },
    },
    ['lienId', 'transactionId', 'source', 'accountNumber', 'lienAmount', 'type', 'balanceCheck'],
  ),
  LienResponse: inferred(
    envelopeShape(
      object(
        {
          lienId: nonBlank,
          accountNumber: nonBlank,
          type: { type: 'string', enum: ['ADD', 'ADJUST', 'REMOVE'] },
          lienAmount: { ...money, description: 'The amount this lien now holds (0 once removed).' },
          heldAmount: money,
          availableBalance: money,
        },
        ['lienId', 'accountNumber', 'type', 'lienAmount', 'heldAmount', 'availableBalance'],
      ),
    ),
    'the page lists three responses but none was captured',
  ),
  UpdateWalletStatusRequest: inferred(
    object({ accountId: nonBlank, status: ref('CustomerStatus'), entityId: text }, ['accountId', 'status']),
    'the captured page cuts the field names after "ac"; accountId matches Check Wallet Balance, and the status enum is taken from the customer page',
  ),
  UpdateWalletStatusResponse: inferred(
    envelopeShape(object({ accountId: nonBlank, status: ref('CustomerStatus') }, ['accountId', 'status'])),
    'responses were not captured; shaped like Update Customer Account Status',
  ),
  WalletBalanceRequest: object({ entityId: nonBlank, accountId: text, mobile: ref('Mobile') }, ['entityId']),
  WalletBalanceResponse: envelope(
    sourced(
      object(
        {
          accountId: answered,
          entityId: answered,
          balance: money,
          currency: currencyCode,
          status: partlyInferred(text, ref('CustomerStatus'), 'the example shows "ACTIVE"; the statuses are those the customer page lists'),
        },
        ['accountId', 'entityId', 'balance', 'currency', 'status'],
      ),
      source(
        'api-library/wallet/checkWalletBalance',
        '200 {"result":{"accountId":"17556437212850072","entityId":"798782647420001622070825","balance":15250.75,"currency":"INR","status":"ACTIVE"},"pagination":null} (catalog §7.13.6)',
        'checkWalletBalance',
      ),
    ),
  ),

  // ---- card ----
  LoadWalletRequest: object(
    {
      entityId: nonBlank,
      accountId: inferred(text, 'which wallet to move money in; the primary wallet when absent'),
      mobile: ref('Mobile'),
      amount: { type: 'string', pattern: '^[0-9]+(\\.[0-9]{1,2})?$', description: 'Always positive; the transaction type decides credit or debit.' },
      txnRef: { type: 'string', minLength: 1, pattern: '^[a-zA-Z0-9-]+$', description: 'Idempotency key.' },
      transactionType: { type: 'string', enum: [...TRANSACTION_TYPES] },
      txnOrigin: { type: 'string', enum: [...TRANSACTION_ORIGINS] },
      description: text,
    },
    ['entityId', 'amount', 'txnRef', 'transactionType', 'txnOrigin'],
  ),
  LoadWalletResponse: inferred(
    envelopeShape(
      object(
        { externalTransactionId: nonBlank, txnRef: nonBlank, preBalance: text, postBalance: text, transactionStatus: text },
        ['externalTransactionId', 'txnRef', 'preBalance', 'postBalance', 'transactionStatus'],
      ),
    ),
    'the page says the answer carries pre-balance, post-balance, status and externalTransactionId; names follow Fetch Transaction by External ID',
  ),
  TransactionHistoryRequest: object(
    {
      entityId: nonBlank,
      accountId: inferred(text, 'which wallet; the history of every wallet of the customer when absent'),
      mobile: ref('Mobile'),
      kit: text,
      fromDate: { type: 'string', pattern: '^[0-9]{2}-[0-9]{2}-[0-9]{4}$', description: 'dd-mm-yyyy, inclusive.' },
      toDate: { type: 'string', pattern: '^[0-9]{2}-[0-9]{2}-[0-9]{4}$', description: 'dd-mm-yyyy, inclusive.' },
      success: { type: 'boolean' },
      isOffline: { type: 'boolean' },
    },
    ['entityId'],
  ),
  Transaction: inferred(
    object(
      {
        amount: { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]{1,2})?$', description: 'Negative for a debit, e.g. "-500.00".' },
        preBalance: text,
        postBalance: text,
        transactionType: text,
        txnOrigin: text,
        transactionStatus: text,
        externalTransactionId: text,
        txnRef: inferred(text, 'not named on the page; the suite finds its own transactions by it when present'),
        time: text,
      },
      ['amount', 'preBalance', 'postBalance', 'transactionType'],
    ),
    'the page lists the item fields without marking any required; these four are the ones money rests on',
  ),
  TransactionHistoryResponse: envelope(
    sourced(
      { type: 'array', items: ref('Transaction') },
      source('api-library/transaction/fetchTransactions', 'Items have `amount` (string, negative for a debit, e.g. `"-500.00"`), `preBalance`, `postBalance`, `transactionType`, `txnOrigin`, `transactionStatus`, …. (catalog §7.13.8)', 'fetchTransactions'),
    ),
    sourced(ref('Pagination'), source('catalog §4.2', 'List endpoints take query params `pageNo` … and `pageSize` …. Seen on fetchCustomerListBySearch and fetchTransactions. The pagination object has the fields `list` (boolean), `pageSize`, `pageNo`, `totalPages`, `totalElements` (integers).')),
  ),
  TransactionStatus: inferred(
    object(
      {
        amount: { type: 'string', pattern: '^[0-9]+(\\.[0-9]{1,2})?$', description: 'Unsigned, e.g. "500.00"; crDr gives the direction.' },
        preBalance: text,
        postBalance: text,
        transactionType: text,
        txnOrigin: text,
        transactionStatus: text,
        time: text,
        merchantName: text,
        externalTransactionId: text,
        retrievalReferenceNo: text,
        crDr: inferred({ type: 'string', enum: ['C', 'D'] }, 'the example shows "D" for a debit; "C" for a credit is assumed'),
      },
      ['amount', 'preBalance', 'postBalance', 'externalTransactionId', 'crDr'],
    ),
    'the page shows an example without marking any field required; these five are the ones money rests on',
  ),
  TransactionStatusResponse: envelope(inferred(ref('TransactionStatus'), 'see TransactionStatus')),
};
