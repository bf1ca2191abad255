/**
 * Money in minor units (paise, cents: two decimals), so sums compare exactly. The API sends amounts and balances as
 * decimal strings (`"1250.50"`, `"-500.00"`: transaction/createTransaction, fetchTransactions) and as JSON numbers
 * (`15250.75`: card/fetchCardBalance).
 */

const DECIMAL = /^(-?)([0-9]+)(?:\.([0-9]{1,2}))?$/;

/**
 * The figure in minor units; undefined when it is no amount of two decimals at most (the schema checks judge that).
 * @example minorUnits('-500.00') // -50000
 * @example minorUnits(15250.75) // 1525075
 */
export function minorUnits(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const minor = Math.round(value * 100);
    // A float of two decimals is within rounding of a whole number of minor units; a third decimal is not.
    return Math.abs(value * 100 - minor) < 1e-6 && Number.isSafeInteger(minor) ? minor : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const match = DECIMAL.exec(value);
  if (!match) return undefined;
  const [, sign, units, cents = ''] = match;
  const minor = Number(units) * 100 + Number(cents.padEnd(2, '0'));
  if (!Number.isSafeInteger(minor)) return undefined;
  return sign === '-' ? -minor : minor;
}

/**
 * The decimal string of an amount in minor units, as a request sends it (LoadWalletRequest `amount`).
 * @example amountText(4001) // '40.01'
 */
export function amountText(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
