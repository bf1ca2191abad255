import { defineFault } from './fault';
import { movedIn } from './scenario-steps';

/** A switch: the status gate (sandbox/domain/status-gate.ts) asks it on every movement a status refuses. */
export default defineFault({
  name: 'refused-movement-charged',
  reason: 'A movement a status refuses is answered 409 but still changes the balance.',
  // A charge with no history item: the history no longer adds up (MONEY-HISTORY-001), seen where an inferred cell's
  // rule, a warning, lets the test go on to the read-back.
  trips: ['MONEY-HISTORY-001', 'CUST-EFFECT-002', 'CUST-EFFECT-003', 'CUST-EFFECT-004', 'CUST-EFFECT-005', 'CUST-EFFECT-006', 'CUST-EFFECT-007', 'WALLET-EFFECT-002', 'WALLET-EFFECT-003', 'WALLET-EFFECT-004', 'WALLET-EFFECT-005', 'WALLET-EFFECT-006', 'WALLET-EFFECT-007'],
  effectCells: ({ cell }) => cell.expect === 'refused',
  demonstrate: async (api) => movedIn(api, 'wallet', 'LOCKED', 'CREDIT'),
});
