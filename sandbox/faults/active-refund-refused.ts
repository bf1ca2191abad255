import { defineFault } from './fault';
import { movedIn } from './scenario-steps';

/** A switch: the status gate (sandbox/domain/status-gate.ts) asks it for a refund to an ACTIVE customer's ACTIVE wallet. */
export default defineFault({
  name: 'active-refund-refused',
  reason: 'An ACTIVE customer and wallet do not take refunds: full transaction capabilities are not restored.',
  trips: ['CUST-EFFECT-001', 'WALLET-EFFECT-001', 'MONEY-HISTORY-001'],
  effectCells: ({ cell }) => cell.status === 'ACTIVE' && cell.movement === 'refund',
  demonstrate: async (api) => movedIn(api, 'wallet', 'ACTIVE', 'REFUND'),
});
