import { defineFault } from './fault';
import { movedIn } from './scenario-steps';

/** A switch: the status gate (sandbox/domain/status-gate.ts) asks it when CREDIT_FREEZE would refuse a credit. */
export default defineFault({
  name: 'credit-freeze-loads',
  reason: 'A CREDIT_FREEZE customer or wallet can still be loaded: the credit goes through.',
  trips: ['CUST-EFFECT-002', 'WALLET-EFFECT-004'],
  effectCells: ({ cell }) => cell.status === 'CREDIT_FREEZE' && cell.movement === 'credit',
  demonstrate: async (api) => movedIn(api, 'customer', 'CREDIT_FREEZE', 'CREDIT'),
});
