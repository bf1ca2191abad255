/** Wallet operations: money movement, balance, status and liens. */
import { page, single } from '../http/envelopes';
import { markLien, type LienRequest } from '../domain/liens';
import {
  checkWalletBalance,
  fetchTransactionByExternalId,
  fetchTransactions,
  loadWallet,
  updateWalletStatus,
  type LoadWalletRequest,
} from '../domain/wallets';
import { pageQuery } from './page-query';
import type { AccountStatus } from '../rules/status-rules';
import type { Operation } from './operation';

export const walletOperations: Operation[] = [
  {
    operationId: 'loadWallet',
    path: '/prepaid/customer/v1/transactions/',
    handle: async ({ ctx, body }) => single(await loadWallet(ctx, body as LoadWalletRequest)),
  },
  {
    operationId: 'fetchTransactions',
    path: '/prepaid/customer/v1/transactions/fetch-all',
    handle: ({ ctx, body, query }) => {
      const { pageNo, pageSize } = pageQuery(query);
      const items = fetchTransactions(ctx, body as { entityId: string; accountId?: string });
      const answer = page(items, pageNo, pageSize);
      // Planted: a page after the first starts one item early, so the last item of a page comes again on the next.
      if (pageNo > 0 && answer.result.length > 0 && ctx.faults.active('history-page-overlap')) answer.result = items.slice(pageNo * pageSize - 1, (pageNo + 1) * pageSize - 1);
      return answer;
    },
  },
  {
    operationId: 'fetchTransactionByExternalId',
    method: 'GET',
    path: '/prepaid/customer/v1/transactions/status/:externalTransactionId',
    handle: ({ ctx, params }) => single(fetchTransactionByExternalId(ctx, params.externalTransactionId)),
  },
  {
    operationId: 'checkWalletBalance',
    path: '/prepaid/customer/v1/wallets/balance',
    emptyFieldDetail: 'entityId',
    handle: ({ ctx, body }) => single(checkWalletBalance(ctx, body as { entityId: string; accountId?: string })),
  },
  {
    operationId: 'updateWalletStatus',
    path: '/prepaid/customer/v1/wallets/update/status',
    handle: ({ ctx, body }) => single(updateWalletStatus(ctx, body as { accountId: string; status: AccountStatus; entityId?: string })),
  },
  {
    operationId: 'markLien',
    path: '/prepaid/customer/api/lienmark',
    handle: ({ ctx, body }) => single(markLien(ctx, body as LienRequest)),
  },
];
