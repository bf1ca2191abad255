import { defineFault } from './fault';

/** A switch: the usage lookup asks `faults.active('usage-pan-crash')` (sandbox/domain/usage.ts). */
export default defineFault({
  name: 'usage-pan-crash',
  reason: 'getUsageDetails answers 500 to a schema-valid PAN that is not shaped like a PAN, instead of a documented error.',
  trips: ['CONTRACT-5XX-001', 'CONTRACT-STATUS-001'],
  demonstrate: async (api) => (await api.call('getUsageDetails', { pan: 'not-a-pan' })).statusCode,
});
