/**
 * Masking of secrets and personal data in everything that leaves the process: attachments, logs, error messages,
 * curl lines, titles. Two layers: by key name in JSON values (a `mobile` or a `firstName` is masked whatever it looks
 * like), and by pattern
 * in any text (a PAN inside an error detail). Identifiers keep their last 4 characters so a reader can still tell
 * two of them apart; secrets keep nothing.
 */
import type { Exchange } from './exchange';

const SECRET = '****';

/** Keys whose values are secrets (normalised: lower case, no `_` or `-`). Nothing of them is kept. */
const SECRET_KEYS = new Set([
  'clientsecret', 'secret', 'password', 'accesstoken', 'refreshtoken', 'idtoken', 'token', 'authorization',
  'cvv', 'cvv2', 'pin', 'otp', 'mpin',
]);

/** Keys whose values are personal data. Their last 4 characters are kept. */
const PERSONAL_KEYS = new Set([
  'pan', 'pannumber', 'aadhaar', 'aadhaarnumber', 'aadhaarid', 'mobile', 'mobilenumber', 'customermobilenumber',
  'phone', 'phonenumber', 'recipientcontact', 'mobilerecipients', 'email', 'emailid', 'emailrecipients',
  'cardnumber', 'voterid', 'kyctoken',
]);

/** Keys whose values are names or address lines: nothing of them is kept (a name's last letters still identify). */
const IDENTIFYING_KEYS = new Set([
  'name', 'firstname', 'middlename', 'lastname', 'fullname', 'customername', 'cardholdername', 'embossname', 'nameoncard', 'nomineename',
  'guardianname', 'fathername', 'mothername', 'spousename', 'address', 'address1', 'address2', 'address3', 'addressline1',
  'addressline2', 'line1', 'line2', 'pincode', 'zip', 'zipcode', 'postalcode',
]);

/** Dates of birth keep their shape (so a format fault stays visible) but no digit. */
const DATE_KEYS = new Set(['dob', 'dateofbirth', 'dateofbirthinisoformat']);

/** `searchType` values whose sibling `value` is personal data (searchCustomers): its last 4 characters are kept. */
const PERSONAL_SEARCH_TYPES = new Set(['MOBILE', 'PAN', 'AADHAAR_ID', 'VOTER_ID', 'EMAIL_ID', 'CARD', 'KYC_TOKEN']);

/** `searchType` values whose sibling `value` is a name: nothing of it is kept, as under a name's own key. */
const NAME_SEARCH_TYPES = new Set(['FIRST_NAME', 'LAST_NAME']);

/** Headers whose values are credentials. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

// A dotted path (`permanentAddress.pin`, as a field error or a limit row names a field) is masked by its last key.
const normalise = (key: string) => key.slice(key.lastIndexOf('.') + 1).toLowerCase().replace(/[_-]/g, '');

/** True when values under `key` are masked by key: a secret, personal data, a name, an address line or a date of birth. */
export function isMaskedKey(key: string): boolean {
  const name = normalise(key);
  return [SECRET_KEYS, PERSONAL_KEYS, IDENTIFYING_KEYS, DATE_KEYS].some((keys) => keys.has(name));
}

/** `XXXXXX3210`: all but the last 4 characters become X; short values are masked whole. */
export function keepLast4(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  return compact.length <= 4 ? 'X'.repeat(compact.length) : 'X'.repeat(compact.length - 4) + compact.slice(-4);
}

const maskEmail = (email: string) => `${SECRET}@${email.split('@').pop()}`;

/**
 * Patterns of secrets and personal data in free text, in the order they are applied: longer digit runs before
 * shorter ones, so a card number is not half-taken for a mobile. Boundaries exclude word characters and `-`, so
 * that parts of UUIDs and long entity IDs are left alone.
 */
const TEXT_RULES: readonly [RegExp, (match: string, ...groups: string[]) => string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, (_m, scheme) => `${scheme} ${SECRET}`],
  [/eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g, () => SECRET],
  // "clientSecret": "…" or clientSecret=… in raw bodies, query strings and messages.
  [
    /("?)\b(client_?secret|access_?token|refresh_?token|password|cvv2?|m?pin|otp)\1(\s*[:=]\s*)("?)([^"&,\s}]*)/gi,
    (_m, quote, key, sep, open) => `${quote}${key}${quote}${sep}${open}${SECRET}`,
  ],
  [/[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g, maskEmail],
  // Card numbers: 13-19 digits, optionally grouped.
  [/(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g, keepLast4],
  // Indian mobile numbers, with or without +91 / 91 (before Aadhaar: 91 and ten digits are twelve digits too).
  [/(?<![\w+-])(?:\+?91[ -]?)?[6-9]\d{9}(?![\w-])/g, (m) => keepLast4(m.slice(-10))],
  // Aadhaar: 12 digits, optionally as 4-4-4 with spaces or dashes.
  [/(?<![\w-])\d{4}([ -]?)\d{4}\1\d{4}(?![\w-])/g, keepLast4],
  // PAN: ABCDE1234F.
  [/\b[A-Z]{5}[0-9]{4}[A-Z]\b/g, keepLast4],
];

/**
 * Values this process knows to be secret: the configured client secrets and expired token (harness/environment/env.ts) and every
 * token issued during the run (harness/environment/auth.ts). Each is redacted wherever it appears, whatever key or pattern it
 * comes under: a token endpoint that echoes a secret in a plain-text error must not put it in a report.
 */
const knownSecrets = new Set<string>();

/** Values shorter than this are not registered: masking every "abc" in a report would hide more than secrets. */
const SHORTEST_SECRET = 6;

/** Redacts `value` from every text masked from now on, as written, JSON-escaped and URL-encoded. */
export function registerSecret(value: string | undefined): void {
  if (!value || value.length < SHORTEST_SECRET) return;
  for (const spelling of [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)]) knownSecrets.add(spelling);
}

/**
 * Masks known secrets, then secrets and personal data found by pattern, in free text.
 * @example maskText('call 9876543210') // 'call XXXXXX3210'
 */
export function maskText(text: string): string {
  let masked = text;
  for (const secret of knownSecrets) if (masked.includes(secret)) masked = masked.split(secret).join(SECRET);
  for (const [pattern, replace] of TEXT_RULES) masked = masked.replace(pattern, replace as (m: string) => string);
  return masked;
}

/**
 * A deep copy of a JSON value with secrets and personal data masked, by key name and by pattern.
 * @example maskValue({ mobile: { value: '9876543210', countryCode: 91 } }) // { mobile: { value: 'XXXXXX3210', countryCode: 91 } }
 */
export function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map(maskValue);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const searchesPersonal = typeof object.searchType === 'string' && PERSONAL_SEARCH_TYPES.has(object.searchType);
  const searchesName = typeof object.searchType === 'string' && NAME_SEARCH_TYPES.has(object.searchType);
  return Object.fromEntries(
    Object.entries(object).map(([key, inner]) => {
      const name = normalise(key);
      if (SECRET_KEYS.has(name)) return [key, inner === null || inner === undefined ? inner : maskWhole(inner, () => SECRET)];
      if (PERSONAL_KEYS.has(name)) return [key, maskWhole(inner, maskPersonal)];
      if (IDENTIFYING_KEYS.has(name) && (typeof inner === 'string' || typeof inner === 'number')) return [key, SECRET];
      if (DATE_KEYS.has(name) && typeof inner === 'string') return [key, inner.replace(/[0-9]/g, 'X')];
      if (name === 'value' && searchesPersonal) return [key, maskWhole(inner, maskPersonal)];
      if (name === 'value' && searchesName) return [key, maskWhole(inner, () => SECRET)];
      return [key, maskValue(inner)];
    }),
  );
}

const maskPersonal = (text: string) => (text.includes('@') ? maskEmail(text) : keepLast4(text));

/** Masks every string and number inside a sensitive value; numbers beside them (a country code) are kept. */
function maskWhole(value: unknown, mask: (text: string) => string): unknown {
  if (typeof value === 'string') return mask(value);
  if (typeof value === 'number') return mask(String(value));
  if (Array.isArray(value)) return value.map((item) => maskWhole(item, mask));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, typeof inner === 'number' && key !== 'value' ? inner : maskWhole(inner, mask)]),
    );
  }
  return value;
}

/** Masks header values: credentials whole (keeping the auth scheme), everything else by pattern. */
export function maskHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      if (!SECRET_HEADERS.has(name.toLowerCase())) return [name, maskText(value)];
      const scheme = /^(Bearer|Basic)\s/i.exec(value)?.[1];
      return [name, scheme ? `${scheme} ${SECRET}` : SECRET];
    }),
  );
}

/** Masks a URL's query values (by parameter name and by pattern) and its path (by pattern). */
export function maskUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return maskText(raw);
  }
  const params = [...url.searchParams.entries()].map(([key, value]) => {
    const masked = maskValue({ [key]: value }) as Record<string, string>;
    return `${encodeURIComponent(key)}=${encodeURIComponent(masked[key])}`;
  });
  // maskText leaves the characters URLs are made of alone, so the path stays a valid path.
  return `${url.origin}${maskText(url.pathname)}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** Masks a body given as text: by key when it is JSON, by pattern when it is not (malformed-JSON tests). */
export function maskBodyText(text: string): string {
  try {
    return JSON.stringify(maskValue(JSON.parse(text)));
  } catch {
    return maskText(text);
  }
}

/** A masked deep copy of an exchange, fit for attachments and logs. */
export function maskExchange(exchange: Exchange): Exchange {
  const { request, response, transportError } = exchange;
  return {
    ...exchange,
    request: {
      method: request.method,
      url: maskUrl(request.url),
      headers: maskHeaders(request.headers),
      ...(request.body !== undefined ? { body: maskValue(request.body) } : {}),
      ...(request.rawBody !== undefined ? { rawBody: maskBodyText(request.rawBody) } : {}),
    },
    ...(response
      ? {
          response: {
            status: response.status,
            headers: maskHeaders(response.headers),
            text: response.json !== undefined ? JSON.stringify(maskValue(response.json)) : maskText(response.text),
            ...(response.json !== undefined ? { json: maskValue(response.json) } : {}),
            ...(response.jsonParseError !== undefined ? { jsonParseError: response.jsonParseError } : {}),
          },
        }
      : {}),
    ...(transportError ? { transportError: { kind: transportError.kind, message: maskText(transportError.message) } } : {}),
  };
}
