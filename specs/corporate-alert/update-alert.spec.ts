import { alertFields, changeAlertConfig, covering, expandRows, expectRule, limitFile, limitDeclaration, expectedSide, resolveValue, test, verify, type Exchange } from '../../harness';

const limits = limitFile('alert');

// Rules: api-library/wallet/updateAlertConfig; alert answers are bare objects (catalog §7.6), checked by their schema.
// Every test here but ALERT-002 changes the one configuration of the target's corporate, which every run on the
// environment shares: they run one after another, and each changes it by the safe-change protocol (read, change, read
// back, restore; another writer's value seen twice is an environment error), on a shared environment as on any other.
test.describe('updateAlertConfig', () => {
  test.describe.configure({ mode: 'default' });

  test(...covering(['ALERT-001'], 'an update answers the new threshold and recipients, and a later fetch returns them'), async ({ api, data }) => {
    // A threshold other than the original's, so that a write that did not stick shows.
    const change = (original: { thresholdAmount: unknown }) => ({
      thresholdAmount: original.thresholdAmount === 75000 ? 75001 : 75000,
      emailRecipients: ['treasury@example.com'],
      mobileRecipients: ['9876501234'],
    });
    const judgeAnswer = (update: Exchange, sent: Record<string, unknown>) => {
      verify(update, { status: 200, requirements: ['ALERT-001'] });
      expectRule('ALERT-001', 'the configuration answered', alertFields(update.response!.json), sent);
    };
    const { readBack, written } = await changeAlertConfig(api, data, { change, judgeAnswer, expect: 'applied' });
    expectRule('ALERT-001', 'the configuration a later fetch returns', readBack, written);
  });

  test(...covering(['ALERT-002'], 'updating a configuration that does not exist gets 404 or 409'), async ({ api, data }) => {
    const key = { ...data.alertConfigKey(), accountNumber: data.unknownAccountNumber() };
    const exchange = await api.call('updateAlertConfig', { body: { ...key, thresholdAmount: 1000 } });
    // Which status is an interpretation point (fixtures/interpretations.json): the profile's, or either.
    const status = Number(expectedSide('alert-not-found-status', String(exchange.response?.status)));
    verify(exchange, { status, requirements: ['ALERT-002'] });
  });

  // The rows of fixtures/limits/alert.json: one field sent; accepted, only that field changes; rejected, nothing does.
  for (const limitCase of expandRows(limits, {})) {
    const { row } = limitCase;
    test(...limitDeclaration(limits, limitCase), async ({ api, data }) => {
      const sent = resolveValue(row.value, {});
      const accepted = row.expect.status === 200;
      const { original, readBack, written } = await changeAlertConfig(api, data, {
        change: () => ({ [row.field]: sent }),
        judgeAnswer: (update) => verify(update, { ...row.expect, requirements: row.requirements }),
        expect: accepted ? 'applied' : 'not-applied',
      });
      expectRule(row.requirements[0], 'the configuration a later fetch returns', readBack, accepted ? written : original);
    });
  }
});
