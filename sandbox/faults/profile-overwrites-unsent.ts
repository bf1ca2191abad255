import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('profile-overwrites-unsent')`. */
export default defineFault({
  name: 'profile-overwrites-unsent',
  reason: 'A profile update clears the fields that were not sent.',
  trips: ['CUST-PROFILE-003'],
  demonstrate: async (api) => {
    const { entityId } = await api.customer();
    await api.call('updateCustomer', { entityId, firstName: 'New' });
    return (await api.call('fetchCustomer', { entityId })).json().result.lastName;
  },
});
