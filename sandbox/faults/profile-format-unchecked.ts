import { defineFault } from './fault';

/** Lets badly formatted profile fields through request validation of updateCustomer. */
export default defineFault({
  name: 'profile-format-unchecked',
  reason: 'A profile update accepts a PAN, date of birth, email, mobile or PIN code in the wrong format.',
  // The badly formatted value it saves is then answered by fetchCustomer, breaking that answer's inferred patterns.
  trips: ['CUST-PROFILE-004', 'CONTRACT-SCHEMA-002'],
  waives: {
    operations: ['updateCustomer'],
    fields: ['pan', 'dob', 'email', 'communication.email', 'communication.mobile.value', 'permanentAddress.pin'],
    keywords: ['pattern', 'format'],
  },
  demonstrate: async (api) => (await api.call('updateCustomer', { entityId: (await api.customer()).entityId, pan: 'abcde1234f' })).statusCode,
});
