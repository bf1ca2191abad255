/** Wallet operations: money movement, balance, status and liens. */
import { single } from '../http/envelopes';
import { markLien, type LienRequest } from '../domain/liens';
import { checkWalletBalance, loadWallet, updateWalletStatus, type LoadWalletRequest } from '../domain/wallets';
import type { AccountStatus } from '../rules/status-rules';
import type { Operation } from './operation';

export const walletOperations: Operation[] = [
  {
    operationId: 'loadWallet',
    path: '/prepaid/customer/v1/transactions/',
    handle: ({ ctx, body }) => single(loadWallet(ctx, body as LoadWalletRequest)),
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
