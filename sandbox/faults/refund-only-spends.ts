import { defineFault } from './fault';
import { movedIn } from './scenario-steps';

/** A switch: the status gate (sandbox/domain/status-gate.ts) asks it when REFUND_ONLY would refuse a debit. */
export default defineFault({
  name: 'refund-only-spends',
  reason: 'A REFUND_ONLY customer or wallet can still spend: the debit goes through.',
  trips: ['CUST-EFFECT-004', 'WALLET-EFFECT-006'],
  effectCells: ({ cell }) => cell.status === 'REFUND_ONLY' && cell.movement === 'debit',
  demonstrate: async (api) => movedIn(api, 'wallet', 'REFUND_ONLY', 'DEBIT'),
});
