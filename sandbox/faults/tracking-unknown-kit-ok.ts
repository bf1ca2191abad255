import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('tracking-unknown-kit-ok')`. */
export default defineFault({
  name: 'tracking-unknown-kit-ok',
  reason: 'Tracking an unknown kit answers 200 instead of 409 PPCUST_010.',
  // Another tenant's entity is unknown too, so the answer to that tenant is no refusal either (tenant-isolation.spec.ts).
  trips: ['CARD-TRACK-002', 'AUTH-ISOLATION-001'],
  demonstrate: async (api) => (await api.call('trackCardDelivery', { kitNo: '404' })).statusCode,
});
