import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('wallet-transition-refused')`. */
export default defineFault({
  name: 'wallet-transition-refused',
  reason: 'Wallet ACTIVE → LOCKED is refused with PPCUST_032 although the docs allow it.',
  trips: ['WALLET-STATUS-001'],
  // The cell itself, and every cell from LOCKED: its shortest path starts with that refused step.
  cells: (t) => t.matrix === 'wallet-status' && (t.cell.from === 'LOCKED' || (t.cell.from === 'ACTIVE' && t.cell.to === 'LOCKED')),
  effectCells: ({ effects, cell }) => effects === 'wallet-effects' && cell.status === 'LOCKED',
  demonstrate: async (api) => (await api.call('updateWalletStatus', { accountId: (await api.card()).accountId, status: 'LOCKED' })).statusCode,
});
