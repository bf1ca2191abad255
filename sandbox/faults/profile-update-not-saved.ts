import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('profile-update-not-saved')`. */
export default defineFault({
  name: 'profile-update-not-saved',
  reason: 'A profile update answers the new values but is not saved.',
  trips: ['CUST-PROFILE-001'],
  demonstrate: async (api) => {
    const { entityId } = await api.customer();
    await api.call('updateCustomer', { entityId, firstName: 'Newname' });
    return (await api.call('fetchCustomer', { entityId })).json().result.firstName;
  },
});
