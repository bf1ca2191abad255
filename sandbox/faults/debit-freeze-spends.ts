import { defineFault } from './fault';
import { movedIn } from './scenario-steps';

/** A switch: the status gate (sandbox/domain/status-gate.ts) asks it when DEBIT_FREEZE would refuse a debit. */
export default defineFault({
  name: 'debit-freeze-spends',
  reason: 'A DEBIT_FREEZE customer or wallet can still spend: the debit goes through.',
  trips: ['CUST-EFFECT-003', 'WALLET-EFFECT-005'],
  effectCells: ({ cell }) => cell.status === 'DEBIT_FREEZE' && cell.movement === 'debit',
  demonstrate: async (api) => movedIn(api, 'wallet', 'DEBIT_FREEZE', 'DEBIT'),
});
