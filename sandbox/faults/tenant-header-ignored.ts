import { defineFault } from './fault';

/** A switch: the guard asks `faults.active('tenant-header-ignored')` (sandbox/auth/guard.ts). */
export default defineFault({
  name: 'tenant-header-ignored',
  reason: 'X-TENANT-ID is never checked: requests without it, or naming another tenant, are served as the token\'s tenant.',
  trips: ['AUTH-TENANT-001', 'AUTH-TENANT-002'],
  demonstrate: async (api) => [
    (await api.call('fetchCustomer', { entityId: 'nobody' }, { tenant: null })).statusCode,
    (await api.call('fetchCustomer', { entityId: 'nobody' }, { tenant: 'GLOBEX' })).statusCode,
  ],
});
