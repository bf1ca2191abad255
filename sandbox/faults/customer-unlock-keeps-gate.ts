import { defineFault } from './fault';
import { setCustomer } from './scenario-steps';

/** A switch: a customer's change from LOCKED to ACTIVE asks `faults.active('customer-unlock-keeps-gate')`. */
export default defineFault({
  name: 'customer-unlock-keeps-gate',
  reason: 'A customer unlocked from LOCKED reads ACTIVE, but the movement gate still refuses every movement as if LOCKED.',
  sequence: { rules: ['CUST-EFFECT-001'], steps: 'customer LOCKED, ACTIVE again, then a credit' },
  trips: [],
  demonstrate: async (api) => {
    const card = await api.card();
    await setCustomer(api, card.entityId, 'LOCKED');
    await setCustomer(api, card.entityId, 'ACTIVE');
    return (await api.load(card.entityId, '5')).statusCode;
  },
});
