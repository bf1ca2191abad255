import { defineFault } from './fault';
import { heldAfter } from './scenario-steps';

/** A switch the lien rule asks; it also lets the contract's `minimum: 0` on lienAmount through request validation. */
export default defineFault({
  name: 'lien-nonpositive-accepted',
  reason: 'ADD or ADJUST accepts a lien of zero or of a negative amount.',
  trips: ['WALLET-LIEN-006'],
  waives: { operations: ['markLien'], fields: ['lienAmount'], keywords: ['minimum'] },
  demonstrate: async (api) => heldAfter(api, [['ADD', -5]]),
});
