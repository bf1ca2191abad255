import { defineFault } from './fault';

/** A switch: activation asks it for a card that is not ALLOCATED (sandbox/domain/cards.ts, activateCard). */
export default defineFault({
  name: 'card-activation-any-status',
  reason: 'Activating a card that is not ALLOCATED answers 200 and makes it ACTIVE: a LOCKED card is unlocked by it.',
  trips: ['CARD-ACTIVATE-002'],
});
