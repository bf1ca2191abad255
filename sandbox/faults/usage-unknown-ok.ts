import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('usage-unknown-ok')`. */
export default defineFault({
  name: 'usage-unknown-ok',
  reason: 'Usage for a lookup no customer matches answers 200 with no consumptions instead of 409 PPCUST_010.',
  // Another tenant's entity is unknown too, so the answer to that tenant is no refusal either (tenant-isolation.spec.ts);
  // a PAN with another person's dob or mobile matches no customer either (usage.json).
  trips: ['CUST-USAGE-002', 'CUST-USAGE-005', 'AUTH-ISOLATION-001'],
  demonstrate: async (api) => (await api.call('getUsageDetails', { pan: 'ZZZZZ9999Z' })).statusCode,
});
