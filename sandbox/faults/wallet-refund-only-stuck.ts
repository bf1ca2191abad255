import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('wallet-refund-only-stuck')`. */
export default defineFault({
  name: 'wallet-refund-only-stuck',
  reason: 'A REFUND_ONLY wallet is treated as terminal: every change away from it is refused with PPCUST_032.',
  trips: ['WALLET-STATUS-005'],
  cells: (t) => t.matrix === 'wallet-status' && t.cell.from === 'REFUND_ONLY' && t.cell.rule === 'allowed',
  demonstrate: async (api) => {
    const { accountId } = await api.card();
    await api.call('updateWalletStatus', { accountId, status: 'REFUND_ONLY' });
    return (await api.call('updateWalletStatus', { accountId, status: 'ACTIVE' })).statusCode;
  },
});
