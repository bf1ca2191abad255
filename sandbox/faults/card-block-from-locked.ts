import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('card-block-from-locked')`. */
export default defineFault({
  name: 'card-block-from-locked',
  reason: 'A LOCKED card can be blocked, though only ACTIVE cards may be.',
  trips: ['CARD-STATUS-003'],
  cells: (t) => t.matrix === 'card-status' && t.cell.from === 'LOCKED' && t.cell.to === 'BLOCKED',
});
