import { defineReading } from './reading';

/** The error-codes page's generic structure: the code under a key named "business.code", and the request's path. */
export default defineReading({
  name: 'error-code-key=business.code',
  movesTheCode: true,
  rewrite(exchange) {
    const body = exchange.body;
    if (typeof body?.businessCode !== 'string') return;
    const { businessCode, ...rest } = body;
    exchange.body = { ...rest, path: exchange.path, 'business.code': businessCode };
  },
});
