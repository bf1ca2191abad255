import { operation } from '../operation';
import { badRequest, business, pageParameters } from './common';

export const wallet = {
  '/prepaid/customer/api/lienmark': {
    post: operation({
      operationId: 'markLien',
      area: 'Wallet',
      summary: 'Add / modify / remove lien',
      description:
        'ADD places a hold; ADJUST sets the new total of an existing lien (not a delta); REMOVE releases the whole lien and ignores lienAmount. A lien lowers the available balance without debiting.',
      doc: 'api-library/wallet/markLien',
      request: 'LienRequest',
      responses: {
        '200': { schema: 'LienResponse', description: 'The lien and the wallet\'s held and available balance after it.' },
        '400': badRequest,
        '409': business(
          'Above the available balance with balanceCheck (PPCUST_079); unknown or duplicate lienId, unknown account, or a zero hold (PPCUST_010).',
          ['PPCUST_079', 'PPCUST_010'],
          'the page\'s error bodies were not captured; PPCUST_079 is the documented "debit exceeding balance" code, PPCUST_010 the documented "Invalid request"',
        ),
      },
    }),
  },
  '/prepaid/customer/v1/wallets/update/status': {
    post: operation({
      operationId: 'updateWalletStatus',
      area: 'Wallet',
      summary: 'Update wallet status',
      description:
        'CLOSED and EXPIRED are permanent; FRAUD and BLOCKED can only be changed by support roles; LOCKED can be changed to ACTIVE by the partner.',
      doc: 'api-library/wallet/updateWalletStatus',
      inferred: 'the full URL was not captured; the sibling /v1/wallets/balance is under /prepaid/customer',
      request: 'UpdateWalletStatusRequest',
      responses: {
        '200': { schema: 'UpdateWalletStatusResponse', description: 'The status was changed.' },
        '400': badRequest,
        '409': business(
          'Invalid status transition (PPCUST_032) or unknown wallet (PPCUST_010).',
          ['PPCUST_032', 'PPCUST_010'],
          'the rejection code was not captured; the customer transition code is assumed',
        ),
      },
    }),
  },
  '/prepaid/customer/v1/wallets/balance': {
    post: operation({
      operationId: 'checkWalletBalance',
      area: 'Test data',
      summary: 'Check wallet balance',
      doc: 'api-library/wallet/checkWalletBalance',
      request: 'WalletBalanceRequest',
      responses: {
        '200': { schema: 'WalletBalanceResponse', description: 'The wallet\'s balance and status.' },
        '400': badRequest,
        '409': business('Unknown customer (PPCUST_002) or wallet (PPCUST_010).', ['PPCUST_002', 'PPCUST_010'], 'the third response was not captured'),
      },
    }),
  },
  '/prepaid/customer/v1/transactions/': {
    post: operation({
      operationId: 'loadWallet',
      area: 'Wallet',
      summary: 'Credit or debit wallet',
      description: 'txnRef is the idempotency key: the same txnRef twice is refused with 409.',
      doc: 'api-library/transaction/createTransaction',
      request: 'LoadWalletRequest',
      responses: {
        '200': { schema: 'LoadWalletResponse', description: 'The transaction and the balance before and after it.' },
        '400': badRequest,
        '409': business(
          'Duplicate txnRef (PPCUST_010, inferred), debit exceeding balance (PPCUST_079), unknown customer (PPCUST_002).',
          ['PPCUST_010', 'PPCUST_079', 'PPCUST_002'],
          'the duplicate-transaction code is not given',
        ),
      },
    }),
  },
  '/prepaid/customer/v1/transactions/fetch-all': {
    post: operation({
      operationId: 'fetchTransactions',
      area: 'Wallet',
      summary: 'Fetch transaction history',
      description: 'The customer\'s transactions, newest first (inferred), each with its amount (negative for a debit) and the balance before and after it.',
      doc: 'api-library/transaction/fetchTransactions',
      request: 'TransactionHistoryRequest',
      parameters: pageParameters,
      responses: {
        '200': { schema: 'TransactionHistoryResponse', description: 'A page of transactions.' },
        '400': badRequest,
        '409': business('Unknown customer (PPCUST_002, as Fetch Transaction by External ID).', ['PPCUST_002'], 'the history page shows no error'),
      },
    }),
  },
  '/prepaid/customer/v1/transactions/status/{externalTransactionId}': {
    get: operation({
      operationId: 'fetchTransactionByExternalId',
      area: 'Wallet',
      summary: 'Fetch transaction by external ID',
      description:
        'One transaction, by the externalTransactionId a credit or debit answered: its amount (unsigned; crDr says C or D) and the balance before and after it.',
      doc: 'api-library/transaction/fetchByExternalTransactionId',
      parameters: [
        {
          name: 'externalTransactionId',
          in: 'path',
          required: true,
          description: 'The externalTransactionId of the transaction.',
          example: 'fcf9497aeb7943d7abb8b48696e129f8',
          schema: { type: 'string', minLength: 1 },
        },
      ],
      responses: {
        '200': { schema: 'TransactionStatusResponse', description: 'The transaction.' },
        '400': {
          schema: badRequest.schema,
          description: 'A request without X-TENANT-ID.',
          inferred: 'the page shows no 400; with no body to read, a missing header is the validation failure left (error-codes: 400)',
        },
        '409': business('No such transaction (PPCUST_002, "Customer does not exist").', ['PPCUST_002']),
      },
    }),
  },
};
