import { defineReading } from './reading';

/**
 * A switch: issuance asks it (sandbox/domain/cards.ts, issuedStatus); a new card is then ALLOCATED, as the testing
 * guide says, until Activate Card makes it ACTIVE.
 */
export default defineReading({ name: 'issued-card-status=ALLOCATED' });
