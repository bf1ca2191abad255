import { defineFault } from './fault';
import { movedIn } from './scenario-steps';

/**
 * A switch: the status gate (sandbox/domain/status-gate.ts) asks it on every movement a status refuses. The request
 * is still refused and nothing moves: only the check of the exact answer (an inferred SHOULD) can notice.
 */
export default defineFault({
  name: 'status-refusal-as-400',
  reason: 'A movement a status refuses is answered 400 (a bad request) instead of a 409 business error.',
  trips: ['CUST-EFFECT-008', 'WALLET-EFFECT-008'],
  effectCells: ({ cell }) => cell.expect === 'refused',
  demonstrate: async (api) => movedIn(api, 'wallet', 'LOCKED', 'CREDIT'),
});
