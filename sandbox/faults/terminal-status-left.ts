import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('terminal-status-left')`. */
export default defineFault({
  name: 'terminal-status-left',
  reason: 'CLOSED and EXPIRED customers and wallets can be moved to another status, although both are terminal.',
  trips: ['CUST-STATUS-003', 'WALLET-STATUS-003'],
  // Every cell leaving CLOSED or EXPIRED, in both account matrices.
  cells: (t) => t.matrix !== 'card-status' && t.cell.rule === 'terminal',
});
