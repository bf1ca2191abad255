import { defineFault } from './fault';
import { movedIn } from './scenario-steps';

/** A switch: the status gate (sandbox/domain/status-gate.ts) asks it when a status would refuse a refund. */
export default defineFault({
  name: 'refunds-ignore-status',
  reason: 'Refunds skip the status check: a refund goes through on a customer or wallet whose status forbids it.',
  trips: ['CUST-EFFECT-002', 'CUST-EFFECT-005', 'CUST-EFFECT-006', 'CUST-EFFECT-007', 'WALLET-EFFECT-002', 'WALLET-EFFECT-003', 'WALLET-EFFECT-004', 'WALLET-EFFECT-007'],
  effectCells: ({ cell }) => cell.movement === 'refund' && cell.expect === 'refused',
  demonstrate: async (api) => movedIn(api, 'wallet', 'FRAUD', 'REFUND'),
});
