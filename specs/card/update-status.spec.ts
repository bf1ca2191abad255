import { expectRule, test, verify } from '../../harness';

// Rules: api-library/card/updateCardStatus ("Important Rules").
test.describe('updateCardStatus', () => {
  test('[CARD-STATUS-001] an ACTIVE card is locked, then unlocked, and each read returns the new status', async ({ api, data }) => {
    const card = await data.card();
    const lock = await api.call('updateCardStatus', { body: data.cardStatus(card, 'LOCKED') });
    verify(lock, { status: 200, requirements: ['CARD-STATUS-001'] });
    expectRule('CARD-STATUS-001', 'the card status read after locking', await data.cardStatusOf(card), 'LOCKED');
    const unlock = await api.call('updateCardStatus', { body: data.cardStatus(card, 'UNLOCKED') });
    verify(unlock, { status: 200, requirements: ['CARD-STATUS-001'] });
    expectRule('CARD-STATUS-001', 'the card status read after unlocking', await data.cardStatusOf(card), 'ACTIVE');
  });

  test('[CARD-STATUS-002] locking a LOCKED card succeeds with "Card was already LOCKED"', async ({ api, data }) => {
    const card = await data.cardIn('LOCKED');
    const exchange = await api.call('updateCardStatus', { body: data.cardStatus(card, 'LOCKED') });
    verify(exchange, { status: 200, requirements: ['CARD-STATUS-002'] });
    const { message } = (exchange.response!.json as { result: { message: string } }).result;
    expectRule('CARD-STATUS-002', 'the message', message, 'Card was already LOCKED');
  });

  test('[CARD-STATUS-003] blocking a LOCKED card is rejected with PPCUST_032', async ({ api, data }) => {
    const card = await data.cardIn('LOCKED');
    const exchange = await api.call('updateCardStatus', { body: data.cardStatus(card, 'BLOCKED') });
    verify(exchange, { status: 409, businessCode: 'PPCUST_032', requirements: ['CARD-STATUS-003'] });
  });

  for (const target of ['UNLOCKED', 'LOCKED'] as const) {
    test(`[CARD-STATUS-004] a BLOCKED card cannot be ${target.toLowerCase()} (PPCUST_032)`, async ({ api, data }) => {
      const card = await data.cardIn('BLOCKED');
      const exchange = await api.call('updateCardStatus', { body: data.cardStatus(card, target) });
      verify(exchange, { status: 409, businessCode: 'PPCUST_032', requirements: ['CARD-STATUS-004'] });
    });
  }
});
