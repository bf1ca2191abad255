import { defineReading } from './reading';

/** The entity-states page's other code for an invalid transition: PP_CORP_187 "Cannot perform operation". */
export default defineReading({
  name: 'invalid-card-transition-code=PP_CORP_187',
  rewrite(exchange) {
    if (exchange.operationId !== 'updateCardStatus' || exchange.body?.businessCode !== 'PPCUST_032') return;
    exchange.body = { ...exchange.body, title: 'Cannot perform operation', detail: 'Cannot perform operation', businessCode: 'PP_CORP_187' };
  },
});
