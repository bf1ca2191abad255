/**
 * LRS usage (customer/getUsageDetails, seed 002): what the customer consumed, per base currency and
 * transaction type, for the current day, month and year (UTC) and overall. The sandbox records one type,
 * LOAD: every credit with txnOrigin LOAD (see wallets.ts).
 */
import { invalidRequest } from '../http/business-errors';
import type { Ctx } from './context';
import { customerWallets, sameMobile } from './lookup';
import type { Customer, LoadRecord, Mobile } from './model';
import { toMajor } from './money';
import { normaliseDob } from './profile-format';

export interface UsageRequest {
  pan: string;
  dob?: string;
  mobile?: Mobile;
}

export function getUsageDetails(ctx: Ctx, request: UsageRequest) {
  // The planted fault parses the PAN without guarding it: anything not shaped like a PAN crashes the lookup.
  if (ctx.faults.active('usage-pan-crash') && !/^[A-Z]{5}[0-9]{4}[A-Z]$/.test(request.pan)) throw new TypeError(`cannot parse PAN`);
  const customer = findByPan(ctx, request);
  if (!customer) {
    if (ctx.faults.active('usage-unknown-ok')) return { baseCurrencyConsumptions: [] };
    // The page's 409: "Invalid request", PPCUST_010.
    throw invalidRequest('No customer matches the given PAN');
  }
  const loads = ctx.state.loads.filter((load) => load.entityId === customer.entityId);
  // One entry per currency the customer holds or has loaded (inferred: the example lists USD and INR).
  const currencies = [...new Set([...customerWallets(ctx, customer).map((w) => w.currency), ...loads.map((l) => l.currency)])];
  const now = ctx.now();
  return {
    baseCurrencyConsumptions: currencies.map((currency) => {
      const inCurrency = loads.filter((load) => load.currency === currency);
      // The other side of interpretation point usage-overall-period: overall is kept apart, as in the documented example.
      const overallApart = inCurrency.length > 0 && ctx.faults.active('usage-overall-period=separate');
      return { baseCurrency: currency, transactionTypes: { LOAD: periods(inCurrency, now, overallApart) } };
    }),
  };
}

/** The most recent customer with the PAN, narrowed by dob and mobile when given (inferred: PANs may repeat). */
function findByPan(ctx: Ctx, request: UsageRequest): Customer | undefined {
  // The planted faults: `usage-dob-mobile-ignored` narrows by nothing; `usage-dob-unparsed` compares the dob as sent.
  const narrowed = !ctx.faults.active('usage-dob-mobile-ignored');
  const dob = request.dob === undefined || ctx.faults.active('usage-dob-unparsed') ? request.dob : normaliseDob(request.dob);
  const matches = [...ctx.state.customers.values()].filter(
    (c) =>
      c.pan === request.pan &&
      (!narrowed || dob === undefined || c.dob === dob) &&
      (!narrowed || request.mobile === undefined || sameMobile(c.mobile, request.mobile)),
  );
  return matches.at(-1);
}

function periods(loads: LoadRecord[], now: Date, overallApart: boolean) {
  const sum = (keep: (at: Date) => boolean) => ({
    amount: toMajor(loads.filter((load) => keep(load.at)).reduce((total, load) => total + load.amountMinor, 0)),
  });
  const sameYear = (at: Date) => at.getUTCFullYear() === now.getUTCFullYear();
  const sameMonth = (at: Date) => sameYear(at) && at.getUTCMonth() === now.getUTCMonth();
  const sameDay = (at: Date) => sameMonth(at) && at.getUTCDate() === now.getUTCDate();
  return { daily: sum(sameDay), monthly: sum(sameMonth), yearly: sum(sameYear), overall: sum(() => !overallApart) };
}
