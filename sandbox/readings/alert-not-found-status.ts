import { defineReading } from './reading';

/** A missing alert configuration answered like every endpoint example's missing resource: 409 error.business. */
export default defineReading({
  name: 'alert-not-found-status=409',
  rewrite(exchange) {
    if (!['updateAlertConfig', 'fetchAlertConfig'].includes(exchange.operationId ?? '') || exchange.status !== 404) return;
    exchange.status = 409;
    // PP_MIDD_020 is the error-codes page's example of a pp-middleware code; the page gives no code for this case.
    exchange.body = { ...exchange.body, title: 'Alert configuration not found', status: 409, message: 'error.business', businessCode: 'PP_MIDD_020' };
  },
});
