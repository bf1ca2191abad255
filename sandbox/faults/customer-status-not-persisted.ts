import { defineFault } from './fault';
import { setCustomer } from './scenario-steps';

/**
 * A switch: the rule it breaks asks `faults.active('customer-status-not-persisted')`. The terminal-status
 * test is not tripped: its CLOSED customer stays ACTIVE, and ACTIVE → ACTIVE is refused with the same code.
 */
export default defineFault({
  name: 'customer-status-not-persisted',
  reason: 'A customer status change to CREDIT_FREEZE answers CREDIT_FREEZE but is not saved.',
  trips: ['CUST-STATUS-001', 'CUST-STATUS-004', 'CUST-STATUS-006'],
  // Every cell that moves a customer to CREDIT_FREEZE (the later read), and every cell from it (the read after setting it up).
  cells: (t) => t.matrix === 'customer-status' && ((t.cell.to === 'CREDIT_FREEZE' && t.status === 200) || t.cell.from === 'CREDIT_FREEZE'),
  // Every customer effect cell of CREDIT_FREEZE: the read after setting it up.
  effectCells: ({ effects, cell }) => effects === 'customer-effects' && cell.status === 'CREDIT_FREEZE',
  demonstrate: async (api) => {
    const { entityId } = await api.customer();
    await setCustomer(api, entityId, 'CREDIT_FREEZE');
    return (await api.call('fetchCustomer', { entityId })).json().result.status;
  },
});
