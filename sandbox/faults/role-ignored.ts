import { defineFault } from './fault';
import { setCustomer } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('role-ignored')`. */
export default defineFault({
  name: 'role-ignored',
  reason: 'A partner may change FRAUD or BLOCKED customers and wallets, which only a support role may do.',
  trips: ['CUST-STATUS-004', 'WALLET-STATUS-004'],
  // The partner's side of every FRAUD and BLOCKED cell; the support role's side passes as before.
  cells: (t) => t.cell.rule === 'support-only' && t.actor === 'partner',
  demonstrate: async (api) => {
    const card = await api.card();
    await setCustomer(api, card.entityId, 'FRAUD');
    await api.call('updateWalletStatus', { accountId: card.accountId, status: 'BLOCKED' });
    return [
      (await setCustomer(api, card.entityId, 'ACTIVE')).statusCode,
      (await api.call('updateWalletStatus', { accountId: card.accountId, status: 'ACTIVE' })).statusCode,
    ];
  },
});
