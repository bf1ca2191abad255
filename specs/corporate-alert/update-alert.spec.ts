import { expectRule, test, verify } from '../../harness';

// Rules: api-library/wallet/updateAlertConfig; alert answers are bare objects (catalog §7.6), checked by their schema.
test.describe('updateAlertConfig', () => {
  test('[ALERT-001] an update answers the new threshold and recipients, and a later fetch returns them', async ({ api, data }) => {
    const config = await data.alertConfig();
    const change = { thresholdAmount: 75000, emailRecipients: ['treasury@example.com'], mobileRecipients: ['9876501234'] };
    const exchange = await api.call('updateAlertConfig', { body: { ...config.key, ...change } });
    verify(exchange, { status: 200, requirements: ['ALERT-001'] });
    const pick = (c: Record<string, unknown>) => ({ thresholdAmount: c.thresholdAmount, emailRecipients: c.emailRecipients, mobileRecipients: c.mobileRecipients });
    expectRule('ALERT-001', 'the configuration answered', pick(exchange.response!.json as Record<string, unknown>), change);
    const fetched = await api.call('fetchAlertConfig', { body: config.key });
    verify(fetched, { status: 200, requirements: ['ALERT-001'] });
    expectRule('ALERT-001', 'the configuration a later fetch returns', pick(fetched.response!.json as Record<string, unknown>), change);
  });

  test('[ALERT-002] updating a configuration that does not exist gets 404', async ({ api, data }) => {
    const key = { ...data.alertConfigKey(), accountNumber: data.unknownAccountNumber() };
    const exchange = await api.call('updateAlertConfig', { body: { ...key, thresholdAmount: 1000 } });
    verify(exchange, { status: 404, requirements: ['ALERT-002'] });
  });

  for (const thresholdAmount of [0, -1]) {
    test(`[ALERT-003] a threshold of ${thresholdAmount} is rejected with 400 constraint-violation on thresholdAmount`, async ({ api, data }) => {
      // No configuration is created here: only [ALERT-001] changes the shared corporate's configuration.
      const exchange = await api.call('updateAlertConfig', { body: { ...data.alertConfigKey(), thresholdAmount } });
      verify(exchange, { status: 400, problemType: 'constraint-violation', fieldErrorOn: 'thresholdAmount', requirements: ['ALERT-003'] });
    });
  }
});
