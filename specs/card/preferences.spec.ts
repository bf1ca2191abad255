import { covering, expectRefused, expectRule, test, verify } from '../../harness';

// Rules: api-library/card/updateCardPreferences (seed 004): ACTIVE cards only, bounded by the product upper
// limits, and only the preferences sent change.
test.describe('updateCardPreferences', () => {
  test(...covering(['CARD-PREF-001'], 'an update on an ACTIVE card answers "Preferences updated successfully."'), async ({ api, data }) => {
    const card = await data.card();
    const exchange = await api.call('updateCardPreferences', { body: data.preferences(card, { international: [{ type: 'ATM', maxTransaction: '5' }] }) });
    verify(exchange, { status: 200, requirements: ['CARD-PREF-001'] });
    const { message } = (exchange.response!.json as { result: { message: string } }).result;
    expectRule('CARD-PREF-001', 'the success message', message, 'Preferences updated successfully.');
  });

  for (const status of ['LOCKED', 'BLOCKED'] as const) {
    test(...covering(['CARD-PREF-002'], `an update on a ${status} card is rejected with PPCUST_036`), async ({ api, data }) => {
      const card = await data.cardIn(status);
      const exchange = await api.call('updateCardPreferences', { body: data.preferences(card, { international: [{ type: 'POS', enabled: false }] }) });
      verify(exchange, { status: 409, businessCode: 'PPCUST_036', requirements: ['CARD-PREF-002'] });
    });
  }

  test(...covering(['CARD-PREF-003', 'CARD-PREF-008'], 'perTransactionLimit one above the product upper limit is rejected, with 400 on that field'), async ({ api, data }) => {
    const card = await data.card();
    const atm = await data.preference(card, 'international', 'ATM');
    const above = String(Number(atm.upperLimitMaxTransactionAmountPerDay) + 1);
    const exchange = await api.call('updateCardPreferences', { body: data.preferences(card, { international: [{ type: 'ATM', perTransactionLimit: above }] }) });
    // "will be rejected": any 4xx holds the rule; the 400 naming the field is inferred (harness/verdicts/refusal.ts).
    expectRefused(exchange, 'CARD-PREF-003');
    verify(exchange, { status: 400, problemType: 'constraint-violation', fieldErrorOn: 'perTransactionLimit', requirements: ['CARD-PREF-008'] });
  });

  test(...covering(['CARD-PREF-004'], 'changing E-com leaves POS and ATM as they were'), async ({ api, data }) => {
    const card = await data.card();
    // Move POS and ATM away from the product defaults first, so a reset to defaults would show.
    const moved = await api.call('updateCardPreferences', {
      body: data.preferences(card, { international: [{ type: 'POS', maxTransaction: '7' }, { type: 'ATM', enabled: false }] }),
    });
    verify(moved, { status: 200, requirements: ['CARD-PREF-004'] });
    const before = await data.preferenceSets(card);
    const exchange = await api.call('updateCardPreferences', { body: data.preferences(card, { international: [{ type: 'E-com', maxTransaction: '3' }] }) });
    verify(exchange, { status: 200, requirements: ['CARD-PREF-004'] });
    const after = await data.preferenceSets(card);
    const others = (sets: typeof before) => ({
      international: sets.international.filter((p) => p.type !== 'E-com'),
      domestic: sets.domestic,
    });
    expectRule('CARD-PREF-004', 'the preferences not sent, before and after', others(after), others(before));
    expectRule('CARD-PREF-004', 'the E-com maxTransaction after', after.international.find((p) => p.type === 'E-com')?.maxTransaction, '3');
  });

  test(...covering(['CARD-PREF-005'], 'an invalid mobile gets 400 constraint-violation on mobile'), async ({ api, data }) => {
    const card = await data.card();
    const body = { ...data.preferences(card, { international: [{ type: 'ATM', enabled: true }] }), mobile: { value: '12345', countryCode: 91 } };
    const exchange = await api.call('updateCardPreferences', { body });
    verify(exchange, { status: 400, problemType: 'constraint-violation', fieldErrorOn: 'mobile', requirements: ['CARD-PREF-005'] });
  });
});
