import { defineFault } from './fault';

/** A switch the usage lookup asks: it compares a dd/MM/yyyy dob with the stored yyyy-MM-dd one as text. */
export default defineFault({
  name: 'usage-dob-unparsed',
  reason: 'A usage lookup by PAN and date of birth finds no customer, as the date is compared in another format.',
  trips: ['CUST-USAGE-004'],
  demonstrate: async (api) => {
    const { pan } = await api.customer({ pan: 'ABCPD1234E', dateOfBirth: '10/10/1990' });
    return (await api.call('getUsageDetails', { pan, dob: '10/10/1990' })).statusCode;
  },
});
