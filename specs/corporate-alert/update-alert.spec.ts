import { covering, expandRows, expectRule, limitFile, limitDeclaration, expectedSide, resolveValue, test, verify } from '../../harness';

const pick = (c: Record<string, unknown>) => ({ thresholdAmount: c.thresholdAmount, emailRecipients: c.emailRecipients, mobileRecipients: c.mobileRecipients });
const limits = limitFile('alert');

// Rules: api-library/wallet/updateAlertConfig; alert answers are bare objects (catalog §7.6), checked by their schema.
// Every test here but ALERT-002 changes or reads the one configuration of the target's corporate, so they run one after
// another, and only where no other run can change it meanwhile (harness/env.ts, sharedEnvironment).
const SHARED =
  'changes the corporate\'s one low-balance alert configuration, which other runs on a shared environment may change at the same time; set SHARED_ENVIRONMENT=false when this run has the environment to itself';

test.describe('updateAlertConfig', () => {
  test.describe.configure({ mode: 'default' });

  test(...covering(['ALERT-001'], 'an update answers the new threshold and recipients, and a later fetch returns them'), async ({ api, data, target }) => {
    test.skip(target.sharedEnvironment, SHARED);
    const config = await data.alertConfig();
    const change = { thresholdAmount: 75000, emailRecipients: ['treasury@example.com'], mobileRecipients: ['9876501234'] };
    const exchange = await api.call('updateAlertConfig', { body: { ...config.key, ...change } });
    verify(exchange, { status: 200, requirements: ['ALERT-001'] });
    expectRule('ALERT-001', 'the configuration answered', pick(exchange.response!.json as Record<string, unknown>), change);
    const fetched = await api.call('fetchAlertConfig', { body: config.key });
    verify(fetched, { status: 200, requirements: ['ALERT-001'] });
    expectRule('ALERT-001', 'the configuration a later fetch returns', pick(fetched.response!.json as Record<string, unknown>), change);
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
    test(...limitDeclaration(limits, limitCase), async ({ api, data, target }) => {
      test.skip(target.sharedEnvironment, SHARED);
      const config = await data.alertConfig();
      const before = pick(config.config);
      const sent = resolveValue(row.value, {});
      verify(await api.call(limits.operation, { body: { ...config.key, [row.field]: sent } }), { ...row.expect, requirements: row.requirements });
      const fetched = await api.call('fetchAlertConfig', { body: config.key });
      verify(fetched, { status: 200, requirements: ['ALERT-001'] });
      const accepted = row.expect.status === 200;
      expectRule(row.requirements[0], 'the configuration a later fetch returns', pick(fetched.response!.json as Record<string, unknown>), accepted ? { ...before, [row.field]: sent } : before);
    });
  }
});
