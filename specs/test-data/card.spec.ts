import { covering, expectRule, test, verify } from '../../harness';

test.describe('issueCard and fetchAllCards', () => {
  test(...covering(['DATA-CARD-001'], 'an issued card is listed for its customer, ACTIVE, with its wallet'), async ({ api, data }) => {
    const customer = await data.customer();
    const card = await data.card(customer);
    const exchange = await api.call('fetchAllCards', { body: { entityId: customer.entityId } });
    verify(exchange, { status: 200, requirements: ['DATA-CARD-001'] });
    const cards = (exchange.response!.json as { result: { kitNo: string; cardStatus: string; wallets: { accountId: string }[] }[] }).result;
    const listed = cards.find((c) => c.kitNo === card.kitNo);
    expectRule('DATA-CARD-001', 'the issued card as listed',
      { status: listed?.cardStatus, wallets: listed?.wallets.map((w) => w.accountId) },
      { status: 'ACTIVE', wallets: [card.accountId] });
  });
});
