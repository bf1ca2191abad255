import { bodyObject, defineCheck, judgeable } from './check';

/**
 * A mobile's `countryCode` in a response is the number 91 of the examples or the string "91" of search and the
 * onboarding guide (interpretation point country-code-type): the schema takes either, and this check holds the
 * environment to the one its profile picks. One finding per exchange, on the first code of the other type.
 */
export default defineCheck(
  { id: 'country_code_type', requirement: 'CONTRACT-SCHEMA-001', kind: 'contract', stage: 'body' },
  (exchange, { sawSide }) => {
    if (!judgeable(exchange)) return undefined;
    for (const code of countryCodes(bodyObject(exchange))) {
      const side = typeof code === 'number' ? 'integer' : typeof code === 'string' ? 'string' : undefined;
      if (side === undefined || sawSide('country-code-type', side)) continue;
      return {
        message: `a mobile's countryCode is the ${side} ${JSON.stringify(code)}, a type this environment's profile does not take (interpretation point country-code-type)`,
        received: code,
        documented: 'the type the profile picks',
      };
    }
    return undefined;
  },
);

/** Every `countryCode` of a `mobile` object anywhere in the body. */
function countryCodes(value: unknown, key?: string): unknown[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item) => countryCodes(item));
  const entries = Object.entries(value as Record<string, unknown>);
  const own = key === 'mobile' && 'countryCode' in value ? [(value as { countryCode: unknown }).countryCode] : [];
  return [...own, ...entries.flatMap(([k, v]) => countryCodes(v, k))];
}
