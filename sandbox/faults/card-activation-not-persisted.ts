import { defineFault } from './fault';

/**
 * A switch: activation asks it for an ALLOCATED card (sandbox/domain/cards.ts, activateCard).
 *
 * Only an ALLOCATED card reaches activation, and the reference sandbox issues cards ACTIVE, so this fault takes the
 * ALLOCATED side of interpretation point issued-card-status itself: issuance asks about it beside the reading
 * `issued-card-status=ALLOCATED` (cards.ts, issuedStatus). A fault cannot switch a reading on (ActiveFaults keeps the
 * two apart, and the proof starts each fault alone), and being asked at issuance is what lets the proof's clean run
 * record every test that issues a card as one this fault reaches.
 * The proof runs faults with no profile, so the suite accepts the ALLOCATED side and activates every card it makes.
 * Against the reference profile (`npm run conformance` on the embedded sandbox) every card would fail on the point's
 * requirement, DATA-CARD-001, before any activation: watch this fault with an open profile (EXPECTATIONS_FILE).
 */
export default defineFault({
  name: 'card-activation-not-persisted',
  reason: 'Activating an ALLOCATED card answers "Card Activated Successfully" but the card stays ALLOCATED.',
  trips: ['CARD-ACTIVATE-001'],
  // Every wallet and card cell makes its card with data.card(), which activates it and reads it back first.
  cells: (t) => t.matrix === 'wallet-status' || t.matrix === 'card-status',
  // So does every status-effect cell, customer and wallet alike.
  effectCells: () => true,
  demonstrate: async (api) => {
    const card = await api.card();
    const activation = await api.call('activateCard', { kitNo: card.kitNo });
    return [activation.statusCode, (await api.call('fetchAllCards', { entityId: card.entityId })).json().result[0].cardStatus];
  },
});
