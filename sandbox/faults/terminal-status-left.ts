import { defineFault } from './fault';
import { setCustomer } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('terminal-status-left')`. */
export default defineFault({
  name: 'terminal-status-left',
  reason: 'CLOSED and EXPIRED customers and wallets can be moved to another status, although both are terminal.',
  trips: ['CUST-STATUS-003', 'WALLET-STATUS-003'],
  // Every cell leaving CLOSED or EXPIRED, in both account matrices.
  cells: (t) => t.matrix !== 'card-status' && t.cell.rule === 'terminal',
  demonstrate: async (api) => {
    const { entityId } = await api.customer();
    await setCustomer(api, entityId, 'CLOSED');
    return (await setCustomer(api, entityId, 'ACTIVE', 'support')).statusCode;
  },
});
