import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('card-unlock-any')`. */
export default defineFault({
  name: 'card-unlock-any',
  reason: 'A BLOCKED card can be locked or unlocked, although BLOCKED is irreversible.',
  trips: ['CARD-STATUS-004'],
  cells: (t) => t.matrix === 'card-status' && t.cell.from === 'BLOCKED' && t.cell.to !== 'BLOCKED',
});
