import { defineFault } from './fault';

/**
 * A switch: the rule it breaks asks `faults.active('wallet-close-refused')`. The docs give no full wallet matrix, so
 * that an ACTIVE wallet may be closed directly is the suite's inference (WALLET-CELL-010): an environment that refuses it
 * reads the docs otherwise. The suite must say so without blocking certification: the cell fails on its inferred rule,
 * and the cells and effects from CLOSED, whose set-up path takes that step, are blocked "not judged here".
 */
export default defineFault({
  name: 'wallet-close-refused',
  reason: 'Wallet ACTIVE → CLOSED is refused with PPCUST_032 (a transition the docs do not give either way).',
  trips: ['WALLET-STATUS-005'],
  // The cell itself, and every cell from CLOSED: its shortest path is that refused step.
  cells: (t) => t.matrix === 'wallet-status' && (t.cell.from === 'CLOSED' || (t.cell.from === 'ACTIVE' && t.cell.to === 'CLOSED')),
  effectCells: ({ effects, cell }) => effects === 'wallet-effects' && cell.status === 'CLOSED',
  demonstrate: async (api) => (await api.call('updateWalletStatus', { accountId: (await api.card()).accountId, status: 'CLOSED' })).statusCode,
});
