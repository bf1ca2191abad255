import { expectRule, test, verify } from '../../harness';

interface Usage {
  baseCurrencyConsumptions: { baseCurrency: string; transactionTypes: Record<string, Record<string, { amount: number }>> }[];
}

/** The LOAD figures of one base currency, per period, or undefined when the currency is not reported. */
const loadFigures = (usage: Usage, currency: string) =>
  usage.baseCurrencyConsumptions.find((c) => c.baseCurrency === currency)?.transactionTypes.LOAD;

// Rules: api-library/customer/getUsageDetails (aggregated by base currency, transaction type and period).
test.describe('getUsageDetails', () => {
  test('[CUST-USAGE-003] loads move the LOAD consumption of their base currency in every period', async ({ api, data, target }) => {
    const customer = await data.customer();
    const inrCard = await data.card(customer);
    const usdCard = await data.card(customer, target.forexProductId);
    await data.load(inrCard, '1500.00');
    await data.load(usdCard, '250.00');
    const exchange = await api.call('getUsageDetails', { body: { pan: customer.body.pan } });
    verify(exchange, { status: 200, requirements: ['CUST-USAGE-003'] });
    const usage = (exchange.response!.json as { result: Usage }).result;
    const periods = (amount: number) => ({ daily: { amount }, monthly: { amount }, yearly: { amount }, overall: { amount } });
    expectRule('CUST-USAGE-003', `LOAD usage in ${inrCard.currency}`, loadFigures(usage, inrCard.currency), periods(1500));
    expectRule('CUST-USAGE-003', `LOAD usage in ${usdCard.currency}`, loadFigures(usage, usdCard.currency), periods(250));
  });

  test('[CUST-USAGE-002] usage details for a PAN no customer has are rejected with PPCUST_010', async ({ api, data }) => {
    const exchange = await api.call('getUsageDetails', { body: { pan: data.unknownPan() } });
    verify(exchange, { status: 409, businessCode: 'PPCUST_010', requirements: ['CUST-USAGE-002'] });
  });
});
