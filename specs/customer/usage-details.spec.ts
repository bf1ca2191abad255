import { covering, expandRows, expectRule, limitFile, limitDeclaration, resolveValue, sideExpectation, test, verify } from '../../harness';

interface Usage {
  baseCurrencyConsumptions: { baseCurrency: string; transactionTypes: Record<string, Record<string, { amount: number }>> }[];
}

/** The periods a transaction type's usage is given for (UsageResponse). */
const PERIODS = ['daily', 'monthly', 'yearly', 'overall'];

/**
 * The figures of one transaction type in one base currency, per period, or undefined when not reported. Only the
 * periods, each for its amount alone, are read: either may carry fields the contract does not name (a latitude-mode
 * answer does).
 */
function figures(usage: Usage, currency: string, type: string): Figures {
  const periods = usage.baseCurrencyConsumptions.find((c) => c.baseCurrency === currency)?.transactionTypes[type];
  return periods && Object.fromEntries(PERIODS.filter((period) => period in periods).map((period) => [period, { amount: periods[period].amount }]));
}
type Figures = Record<string, { amount: number }> | undefined;

/**
 * What the loads must show: `amount` today, this month and this year. Whether `overall` counts them too is an
 * interpretation point (usage-overall-period: the documented example has yearly 10 and overall 0): the profile's side,
 * or either, in which case overall is only required to be there.
 */
function loadsOf(seen: Figures, amount: number) {
  const periods = { daily: { amount }, monthly: { amount }, yearly: { amount } };
  const shown = seen?.overall?.amount === amount ? 'counts-loads' : 'separate';
  return sideExpectation('usage-overall-period', shown, { 'counts-loads': { ...periods, overall: { amount } }, separate: { ...periods, overall: seen?.overall } });
}
const usageCheck = (what: string, seen: Figures, amount: number) => expectRule('CUST-USAGE-003', what, seen, loadsOf(seen, amount));
const limits = limitFile('usage');

// Rules: api-library/customer/getUsageDetails (aggregated by base currency, transaction type and period).
test.describe('getUsageDetails', () => {
  test(...covering(['CUST-USAGE-003'], 'loads move the LOAD consumption of their base currency today, this month and this year'), async ({ api, data, target }) => {
    const customer = await data.customer();
    const inrCard = await data.card(customer);
    const usdCard = await data.card(customer, target.forexProductId);
    await data.load(inrCard, '1500.00');
    await data.load(usdCard, '250.00');
    const exchange = await api.call('getUsageDetails', { body: { pan: customer.body.pan } });
    verify(exchange, { status: 200, requirements: ['CUST-USAGE-003'] });
    const usage = (exchange.response!.json as { result: Usage }).result;
    usageCheck(`LOAD usage in ${inrCard.currency}`, figures(usage, inrCard.currency, 'LOAD'), 1500);
    usageCheck(`LOAD usage in ${usdCard.currency}`, figures(usage, usdCard.currency, 'LOAD'), 250);
  });

  // The rows of fixtures/limits/usage.json. Each starts from a customer with a card in the base currency loaded with
  // 1500.00 and one in the forex product's currency loaded with 250.00; a row sends the PAN and its own field. An
  // accepted lookup must report exactly those loads (`readBack`: "<base|forex> <type>" → amount in every period).
  for (const limitCase of expandRows(limits, {})) {
    const { row } = limitCase;
    test(...limitDeclaration(limits, limitCase), async ({ api, data, target }) => {
      const customer = await data.customer();
      const cards = { base: await data.card(customer), forex: await data.card(customer, target.forexProductId) };
      await data.load(cards.base, '1500.00');
      await data.load(cards.forex, '250.00');
      const known = {
        pan: customer.body.pan,
        dob: customer.body.dateOfBirth,
        mobile: customer.body.mobile.value,
        unknownPan: data.unknownPan(),
        otherDob: data.dateOfBirth('dd/MM/yyyy', { min: 61, max: 80 }),
        otherMobile: data.mobileNumber(),
      };
      const value = resolveValue(row.value, known);
      const body = { pan: customer.body.pan, [row.field]: row.field === 'mobile' ? { value, countryCode: 91 } : value };
      const exchange = await api.call(limits.operation, { body });
      verify(exchange, { ...row.expect, requirements: row.requirements });
      for (const [key, amount] of Object.entries(row.readBack ?? {})) {
        const [which, type] = key.split(' ') as ['base' | 'forex', string];
        const { currency } = cards[which];
        const usage = (exchange.response!.json as { result: Usage }).result;
        usageCheck(`${type} usage in ${currency}`, figures(usage, currency, type), Number(amount));
      }
    });
  }
});
