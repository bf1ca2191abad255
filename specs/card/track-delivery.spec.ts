import { covering, businessCodeOf, expectedSide, expectRule, test, verify } from '../../harness';

// Rules: api-library/card/trackCardDelivery.
test.describe('trackCardDelivery', () => {
  test(...covering(['CARD-TRACK-001'], 'tracking an issued kit answers its delivery mode and status'), async ({ api, data }) => {
    const card = await data.card();
    const exchange = await api.call('trackCardDelivery', { body: { kitNo: card.kitNo } });
    verify(exchange, { status: 200, requirements: ['CARD-TRACK-001'] });
    const result = (exchange.response!.json as { result: { kitNo: string } }).result;
    expectRule('CARD-TRACK-001', 'the kit tracked', result.kitNo, card.kitNo);
  });

  test(...covering(['CARD-TRACK-002'], 'tracking a kit that does not exist is rejected with 409 (PPCUST_010 or PP_CORP_002)'), async ({ api, data }) => {
    const exchange = await api.call('trackCardDelivery', { body: { kitNo: data.unknownKitNo() } });
    // Which code is an interpretation point (fixtures/interpretations.json): the profile's, or either.
    const code = expectedSide('unknown-kit-tracking-code', businessCodeOf(exchange) ?? '');
    verify(exchange, { status: 409, businessCode: code, requirements: ['CARD-TRACK-002'] });
  });
});
