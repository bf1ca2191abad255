import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('role-ignored')`. */
export default defineFault({
  name: 'role-ignored',
  reason: 'A partner may change FRAUD or BLOCKED customers and wallets, which only a support role may do.',
  trips: ['CUST-STATUS-004', 'WALLET-STATUS-004'],
  // The partner's side of every FRAUD and BLOCKED cell; the support role's side passes as before.
  cells: (t) => t.cell.rule === 'support-only' && t.actor === 'partner',
});
