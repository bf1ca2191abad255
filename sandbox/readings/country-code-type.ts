import { defineReading } from './reading';

/** A mobile's countryCode answered as the string "91", as customer search and the onboarding guide write it. */
export default defineReading({
  name: 'country-code-type=string',
  rewrite(exchange) {
    stringify(exchange.body);
  },
});

function stringify(value: unknown, key?: string): void {
  if (value === null || typeof value !== 'object') return;
  if (key === 'mobile' && typeof (value as { countryCode?: unknown }).countryCode === 'number') {
    (value as { countryCode: unknown }).countryCode = String((value as { countryCode: number }).countryCode);
  }
  for (const [k, v] of Object.entries(value)) stringify(v, Array.isArray(value) ? key : k);
}
