import { defineFault } from './fault';

/** A switch the usage lookup asks: it finds the customer by PAN alone, whatever dob and mobile say. */
export default defineFault({
  name: 'usage-dob-mobile-ignored',
  reason: 'Usage details are answered for a PAN even when the date of birth or mobile sent is not its holder\'s.',
  trips: ['CUST-USAGE-005'],
  demonstrate: async (api) => {
    const { pan } = await api.customer({ pan: 'ABCPD1234E', dateOfBirth: '10/10/1990' });
    return (await api.call('getUsageDetails', { pan, dob: '11/11/1991' })).statusCode;
  },
});
