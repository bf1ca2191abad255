import { defineFault, refusesAnotherStatus } from './fault';

/**
 * The wallet page gives no error, so its 409 codes are the contract's assumption (x-inferred): a code outside them
 * breaks only the inferred code check (the contract checks judge an exchange first), while the refusal itself holds.
 */
export default defineFault({
  name: 'wallet-refusal-corporate-code',
  reason: 'A wallet status change the rules refuse answers 409 PP_CORP_187, a code the contract does not assume for wallets.',
  // Its code is not the PPCUST_032 the wallet cells expect (WALLET-STATUS-006, their inferred answer), besides being undocumented.
  trips: ['CONTRACT-BC-002', 'WALLET-STATUS-006'],
  cells: (t) => t.matrix === 'wallet-status' && t.status === 409 && t.cell.answerRequirement !== undefined,
  rewrite(exchange) {
    if (exchange.operationId === 'updateWalletStatus' && exchange.status === 409 && refusesAnotherStatus(exchange.body)) exchange.body.businessCode = 'PP_CORP_187';
  },
  demonstrate: async (api) => {
    const card = await api.card();
    await api.call('updateWalletStatus', { accountId: card.accountId, status: 'CLOSED' });
    return (await api.call('updateWalletStatus', { accountId: card.accountId, status: 'ACTIVE' })).json().businessCode;
  },
});
