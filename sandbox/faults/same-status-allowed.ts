import { defineFault } from './fault';
import { setCustomer } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('same-status-allowed')`. */
export default defineFault({
  name: 'same-status-allowed',
  reason: 'A customer or wallet status change to the status it already has succeeds instead of 409 PPCUST_032.',
  trips: ['CUST-STATUS-002', 'WALLET-STATUS-002'],
  // Every same-status cell of both account matrices; cards answer such requests "already" by their own rule.
  cells: (t) => t.matrix !== 'card-status' && t.cell.rule === 'same-status',
  demonstrate: async (api) => (await setCustomer(api, (await api.customer()).entityId, 'ACTIVE')).statusCode,
});
