import type { Exchange } from '../reporting/exchange';
import { amountText, minorUnits } from '../contract/money';
import { bodyObject, defineCheck, judgeable } from './check';

/**
 * transaction/createTransaction: "transactionType, not the sign, decides credit or debit"; these two take money out,
 * every other type (credits, loads, refunds, reversals, cashback) puts it in.
 */
const DEBIT_TYPES: ReadonlySet<string> = new Set(['DEBIT', 'ACCOUNT_CLOSURE']);

/** One movement an answer reports: where in the body, its balances, and its amount with the sign of its direction. */
interface Reported {
  where: string;
  preBalance: unknown;
  postBalance: unknown;
  /** Signed in minor units, negative for a debit; undefined when the answer does not say it in a form to count. */
  change: number | undefined;
}

/**
 * In every 2xx answer that reports a movement, the balance after it is the balance before it plus a credit or minus a
 * debit, counted in minor units: loadWallet's answer (the request's transactionType decides the direction), each item
 * of fetchTransactions (amount signed, "negative for a debit") and fetchTransactionByExternalId (amount unsigned,
 * crDr D for a debit: the page's example is 500.00 D from 8500.00 to 8000.00). One finding per exchange, on the first
 * movement that does not add up; a figure that is no amount is left to the schema checks.
 */
export default defineCheck(
  { id: 'balance_arithmetic', requirement: 'MONEY-ARITH-001', kind: 'business', stage: 'money' },
  (exchange) => {
    if (!judgeable(exchange) || exchange.response.status < 200 || exchange.response.status >= 300) return undefined;
    for (const { where, preBalance, postBalance, change } of reported(exchange)) {
      const [pre, post] = [minorUnits(preBalance), minorUnits(postBalance)];
      if (pre === undefined || post === undefined || change === undefined || pre + change === post) continue;
      const movement = change < 0 ? `a debit of ${amountText(-change)}` : `a credit of ${amountText(change)}`;
      return {
        message: `${exchange.operationId} ${where}: ${movement} from preBalance ${preBalance} gives postBalance ${postBalance}, not ${amountText(pre + change)}`,
        received: postBalance,
        documented: amountText(pre + change),
      };
    }
    return undefined;
  },
);

function reported(exchange: Exchange): Reported[] {
  const result = bodyObject(exchange)?.result;
  const fields = (value: unknown) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});
  switch (exchange.operationId) {
    case 'loadWallet': {
      const { amount, transactionType } = fields(exchange.request.body);
      const minor = minorUnits(amount);
      const change = minor === undefined ? undefined : DEBIT_TYPES.has(String(transactionType)) ? -minor : minor;
      const { preBalance, postBalance } = fields(result);
      return [{ where: `answer to a ${String(transactionType)}`, preBalance, postBalance, change }];
    }
    case 'fetchTransactions':
      return (Array.isArray(result) ? result : []).map((item, index) => {
        const { amount, preBalance, postBalance } = fields(item);
        return { where: `result[${index}]`, preBalance, postBalance, change: minorUnits(amount) };
      });
    case 'fetchTransactionByExternalId': {
      const { amount, crDr, preBalance, postBalance } = fields(result);
      const minor = minorUnits(amount);
      const sign = crDr === 'D' ? -1 : crDr === 'C' ? 1 : undefined;
      return [{ where: `(crDr ${String(crDr)})`, preBalance, postBalance, change: minor === undefined || sign === undefined ? undefined : sign * minor }];
    }
    default:
      return [];
  }
}
