import { defineFault } from './fault';

/** A switch the preference rule asks: upperLimit* sent in a request become the card's upper limits. */
export default defineFault({
  name: 'upper-limit-writable',
  reason: 'A preference update changes the read-only upperLimit* fields it is sent.',
  trips: ['CARD-PREF-007'],
});
