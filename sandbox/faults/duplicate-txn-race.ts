import { defineFault } from './fault';

/** A switch: loadWallet asks `faults.active('duplicate-txn-race')` once a request has passed the duplicate check. */
export default defineFault({
  name: 'duplicate-txn-race',
  reason: 'The duplicate check sees only committed txnRefs and a movement commits after a wait, so one txnRef sent twice at once applies twice.',
  trips: ['MONEY-IDEM-002'],
});
