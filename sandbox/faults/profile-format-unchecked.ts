import { defineFault } from './fault';

/** Lets badly formatted profile fields through request validation of updateCustomer. */
export default defineFault({
  name: 'profile-format-unchecked',
  reason: 'A profile update accepts a PAN, date of birth, email, mobile or PIN code in the wrong format.',
  trips: ['CUST-PROFILE-004'],
  waives: {
    operations: ['updateCustomer'],
    fields: ['pan', 'dob', 'email', 'communication.email', 'communication.mobile.value', 'permanentAddress.pin'],
    keywords: ['pattern', 'format'],
  },
  demonstrate: async (api) => (await api.call('updateCustomer', { entityId: (await api.customer()).entityId, pan: 'abcde1234f' })).statusCode,
});
