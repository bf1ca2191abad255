import { defineFault } from './fault';

/** A switch: the rule it breaks asks `faults.active('card-unlock-not-persisted')`. */
export default defineFault({
  name: 'card-unlock-not-persisted',
  reason: 'Unlocking a card answers ACTIVE but the card stays LOCKED.',
  trips: ['CARD-STATUS-001'],
  cells: (t) => t.matrix === 'card-status' && t.cell.from === 'LOCKED' && t.cell.to === 'UNLOCKED',
});
