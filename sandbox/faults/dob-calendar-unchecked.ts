import { defineFault } from './fault';

/** A switch the customer rules ask: a dd/MM/yyyy date the calendar does not have is stored as sent. */
export default defineFault({
  name: 'dob-calendar-unchecked',
  reason: 'A date of birth such as 31/02/2001 is accepted because it matches dd/MM/yyyy.',
  trips: ['CUST-PROFILE-005'],
  demonstrate: async (api) => (await api.call('updateCustomer', { entityId: (await api.customer()).entityId, dob: '31/02/2001' })).statusCode,
});
