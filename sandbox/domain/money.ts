/** Money in minor units (2 decimals for INR and USD), so balances add up exactly. */

export function toMinor(amount: number | string): number {
  return Math.round(Number(amount) * 100);
}

export function toMajor(minor: number): number {
  return minor / 100;
}

/** `"1000.00"`: amounts and balances are strings in the transaction responses (transaction/createTransaction). */
export function toAmountString(minor: number): string {
  return (minor / 100).toFixed(2);
}
