import { defineFault } from './fault';
import { movedIn } from './scenario-steps';

/** A switch: the status gate (sandbox/domain/status-gate.ts) asks it on every movement a status refuses. */
export default defineFault({
  name: 'refused-movement-charged',
  reason: 'A movement a status refuses is answered 409 but still changes the balance.',
  trips: ['CUST-EFFECT-002', 'CUST-EFFECT-003', 'CUST-EFFECT-004', 'CUST-EFFECT-005', 'CUST-EFFECT-006', 'CUST-EFFECT-007', 'WALLET-EFFECT-002', 'WALLET-EFFECT-003', 'WALLET-EFFECT-004', 'WALLET-EFFECT-005', 'WALLET-EFFECT-006', 'WALLET-EFFECT-007'],
  effectCells: ({ cell }) => cell.expect === 'refused',
  demonstrate: async (api) => movedIn(api, 'wallet', 'LOCKED', 'CREDIT'),
});
