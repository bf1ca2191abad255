import { defineFault } from './fault';

/** A switch: the lookup asks `faults.active('lookup-latest-transaction')` when the wallet has moved since. */
export default defineFault({
  name: 'lookup-latest-transaction',
  reason: 'Fetch Transaction by External ID answers the wallet\'s latest transaction instead of the one asked for.',
  trips: ['MONEY-LOOKUP-001'],
});
