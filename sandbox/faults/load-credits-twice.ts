import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('load-credits-twice')`. */
export default defineFault({
  name: 'load-credits-twice',
  reason: 'A credit raises the balance by twice its amount.',
  trips: ['DATA-LOAD-001'],
});
