import { covering, expectRefused, expectRule, skipOnSide, test, verify } from '../../harness';

// Rules: api-library/card/activateCard ("Card must be in ALLOCATED status"; "Card status changes from ALLOCATED →
// ACTIVE"). Whether a new card is ALLOCATED is interpretation point issued-card-status: data.issuedCard() holds the
// issued status to the side the run accepts, under DATA-CARD-001.
test.describe('activateCard', () => {
  test(...covering(['CARD-ACTIVATE-001'], 'a newly issued ALLOCATED card activates: 200 "Card Activated Successfully", and a later read returns ACTIVE'), async ({ data }) => {
    const card = await data.issuedCard();
    if (card.cardStatus === 'ACTIVE') return skipOnSide('issued-card-status', 'ACTIVE', 'new cards are ACTIVE, so no card is ALLOCATED to activate');
    await data.activate(card);
  });

  // The page makes ALLOCATED a prerequisite but gives no answer for another status: the refusal is the rule, the 409
  // (with any code: the contract's 409 of activateCard accepts any well-formed one) is assumed (harness/verdicts/refusal.ts).
  for (const [status, aCard] of [['ACTIVE', 'an ACTIVE card'], ['LOCKED', 'a LOCKED card']] as const) {
    test(...covering(['CARD-ACTIVATE-002', 'CARD-ACTIVATE-003'], `activating ${aCard} is refused, with 409, and it stays ${status}`), async ({ api, data }) => {
      const card = status === 'ACTIVE' ? await data.card() : await data.cardIn(status);
      const exchange = await api.call('activateCard', { body: data.activation(card) });
      expectRefused(exchange, 'CARD-ACTIVATE-002');
      expectRule('CARD-ACTIVATE-002', 'the status a later read returns after the refused activation', await data.cardStatusOf(card), status);
      verify(exchange, { status: 409, requirements: ['CARD-ACTIVATE-003'] });
    });
  }
});
