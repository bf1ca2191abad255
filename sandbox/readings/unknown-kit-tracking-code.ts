import { defineReading } from './reading';

/** The Corporate API's code for a record that does not exist, for a kit tracking finds nothing for. */
export default defineReading({
  name: 'unknown-kit-tracking-code=PP_CORP_002',
  rewrite(exchange) {
    if (exchange.operationId !== 'trackCardDelivery' || exchange.body?.businessCode !== 'PPCUST_010') return;
    exchange.body = { ...exchange.body, title: 'Card not found', detail: 'No card tracking found for the kit number', businessCode: 'PP_CORP_002' };
  },
});
