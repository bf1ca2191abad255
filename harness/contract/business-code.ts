/**
 * Where a business error carries its code. The endpoint examples say `businessCode`, the error-codes page a key named
 * `business.code` (interpretation point `error-code-key`): every reader takes either, and only the contract check
 * CONTRACT-BC-001 holds an environment to the key its profile picks.
 */

/** The documented keys of the code, each the ID of its side of `error-code-key`. */
export const BUSINESS_CODE_KEYS = ['businessCode', 'business.code'] as const;

/** The business code of an error body and the key it came under; undefined when the body carries none. */
export function businessCodeIn(body: unknown): { code: string; key: (typeof BUSINESS_CODE_KEYS)[number] } | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  for (const key of BUSINESS_CODE_KEYS) {
    const code = (body as Record<string, unknown>)[key];
    if (typeof code === 'string') return { code, key };
  }
  return undefined;
}

/** The business code of an exchange's answer, under either key; undefined when it carries none. */
export function businessCodeOf(exchange: { response?: { json?: unknown } }): string | undefined {
  return businessCodeIn(exchange.response?.json)?.code;
}
