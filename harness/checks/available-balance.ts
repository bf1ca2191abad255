import { amountText, minorUnits } from '../contract/money';
import { bodyObject, defineCheck, judgeable } from './check';

/**
 * In every wallet of a 2xx fetchCardBalance answer, availableBalance = totalBalance − heldAmount, in minor units: a lien
 * is "a temporary hold that reduces the available balance without debiting funds" (wallet/markLien), and the page
 * reports the three (card/fetchCardBalance: 15250.75 available, 0 held, 15250.75 total). One finding per exchange,
 * on the first wallet that does not add up; a figure that is no amount is left to the schema checks.
 */
export default defineCheck(
  { id: 'available_balance', requirement: 'MONEY-AVAIL-001', kind: 'business', stage: 'money' },
  (exchange) => {
    if (!judgeable(exchange) || exchange.operationId !== 'fetchCardBalance' || exchange.response.status < 200 || exchange.response.status >= 300) return undefined;
    const result = bodyObject(exchange)?.result as { wallets?: unknown } | undefined;
    for (const wallet of Array.isArray(result?.wallets) ? result.wallets : []) {
      const { accountId, availableBalance: available, heldAmount: held, totalBalance: total } = (wallet ?? {}) as Record<string, unknown>;
      const [a, h, t] = [minorUnits(available), minorUnits(held), minorUnits(total)];
      if (a === undefined || h === undefined || t === undefined || a === t - h) continue;
      return {
        message: `fetchCardBalance wallet ${String(accountId)}: availableBalance ${String(available)} is not totalBalance ${String(total)} − heldAmount ${String(held)} = ${amountText(t - h)}`,
        received: available,
        documented: amountText(t - h),
      };
    }
    return undefined;
  },
);
