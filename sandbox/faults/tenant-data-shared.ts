import { defineFault } from './fault';

/** A switch: the sandbox's tenant states ask `faults.active('tenant-data-shared')` (sandbox/app.ts). */
export default defineFault({
  name: 'tenant-data-shared',
  reason: 'Every tenant reads and writes one store: a second tenant sees and changes the first tenant\'s customers, cards and wallets.',
  trips: ['AUTH-ISOLATION-001'],
  demonstrate: async (api) => {
    const { entityId } = await api.customer();
    return (await api.call('fetchCustomer', { entityId }, { as: 'globex' })).statusCode;
  },
});
