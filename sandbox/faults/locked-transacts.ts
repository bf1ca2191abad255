import { defineFault } from './fault';
import { movedIn } from './scenario-steps';

/** A switch: the status gate (sandbox/domain/status-gate.ts) asks it when LOCKED would refuse a movement. */
export default defineFault({
  name: 'locked-transacts',
  reason: 'A LOCKED customer or wallet moves money as if ACTIVE: credits, debits and refunds go through.',
  trips: ['CUST-EFFECT-005', 'WALLET-EFFECT-002'],
  effectCells: ({ cell }) => cell.status === 'LOCKED',
  demonstrate: async (api) => movedIn(api, 'customer', 'LOCKED', 'CREDIT'),
});
