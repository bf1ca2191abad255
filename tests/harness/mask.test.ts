import assert from 'node:assert/strict';
import test from 'node:test';
import { toCurl } from '../../harness/reporting/curl';
import type { Exchange } from '../../harness/reporting/exchange';
import { expectValue } from '../../harness/checks/index';
import { loadTarget } from '../../harness/environment/env';
import { keepLast4, maskExchange, maskText, maskUrl, maskValue, registerSecret } from '../../harness/reporting/mask';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhY21lLXBhcnRuZXIifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

test('keepLast4 keeps the last four characters and masks short values whole', () => {
  assert.equal(keepLast4('9876543210'), 'XXXXXX3210');
  assert.equal(keepLast4('1234 5678 9012'), 'XXXXXXXX9012');
  assert.equal(keepLast4('123'), 'XXX');
});

test('maskText: tokens and JWTs', () => {
  assert.equal(maskText(`Authorization: Bearer ${JWT}`), 'Authorization: Bearer ****');
  assert.equal(maskText(`token ${JWT} seen`), 'token **** seen');
});

test('maskText: secrets written as key/value in raw bodies and query strings', () => {
  assert.equal(maskText('{"clientId":"acme","clientSecret":"s3cr3t!"'), '{"clientId":"acme","clientSecret":"****"');
  assert.equal(maskText('access_token=abc.def&x=1'), 'access_token=****&x=1');
  assert.equal(maskText('spin: 3'), 'spin: 3', 'only whole keys');
});

test('maskText: PAN, Aadhaar, mobile, email and card numbers', () => {
  assert.equal(maskText('PAN ABCPD1234F on file'), 'PAN XXXXXX234F on file');
  assert.equal(maskText('aadhaar 234567890123'), 'aadhaar XXXXXXXX0123');
  assert.equal(maskText('aadhaar 2345 6789 0123 and 2345-6789-0123'), 'aadhaar XXXXXXXX0123 and XXXXXXXX0123');
  assert.equal(maskText('call 9876543210'), 'call XXXXXX3210');
  assert.equal(maskText('call +91 9876543210 or 919876543210'), 'call XXXXXX3210 or XXXXXX3210');
  assert.equal(maskText('mail priya.sharma@example.com'), 'mail ****@example.com');
  assert.equal(maskText('card 4111111111111111'), 'card XXXXXXXXXXXX1111');
  assert.equal(maskText('card 4111 1111 1111 1111'), 'card XXXXXXXXXXXX1111');
});

test('maskText: leaves identifiers alone (entity IDs, UUIDs, kit numbers, business codes)', () => {
  const text = 'entity 615928980000000123251125 request 123e4567-e89b-12d3-a456-426614174000 kit 900000001 PPCUST_032';
  assert.equal(maskText(text), text);
});

test('maskValue: by key name, whatever the value looks like', () => {
  const masked = maskValue({
    firstName: 'Priya',
    pan: 'ABCPD1234F',
    aadhaar: '234567890123',
    email: 'priya@example.com',
    mobile: { value: '9876543210', countryCode: 91 },
    cardNumber: '4111111111111111',
    cvv: '123',
    pin: '4321',
    clientSecret: 'abc',
    access_token: JWT,
    dateOfBirth: '15/08/1990',
    accountId: '17587810000000001',
    mobileRecipients: ['9876501234'],
    nested: [{ customerMobileNumber: 9876501234 }],
  });
  assert.deepEqual(masked, {
    firstName: '****',
    pan: 'XXXXXX234F',
    aadhaar: 'XXXXXXXX0123',
    email: '****@example.com',
    mobile: { value: 'XXXXXX3210', countryCode: 91 },
    cardNumber: 'XXXXXXXXXXXX1111',
    cvv: '****',
    pin: '****',
    clientSecret: '****',
    access_token: '****',
    dateOfBirth: 'XX/XX/XXXX',
    accountId: 'XXXXXXXXXXXXX0001',
    mobileRecipients: ['XXXXXX1234'],
    nested: [{ customerMobileNumber: 'XXXXXX1234' }],
  });
});

test('maskValue: a search value beside a personal searchType is masked, a name whole', () => {
  assert.deepEqual(maskValue({ searchType: 'PAN', value: 'ABCPD1234F', tenant: 'ACME' }), { searchType: 'PAN', value: 'XXXXXX234F', tenant: 'ACME' });
  // The recorded exchanges (reports/exchanges.jsonl) hold every search: the leak scan found names here.
  assert.deepEqual(maskValue({ searchType: 'LAST_NAME', value: 'Sharma' }), { searchType: 'LAST_NAME', value: '****' });
  assert.deepEqual(maskValue({ searchType: 'FIRST_NAME', value: 'Asha' }), { searchType: 'FIRST_NAME', value: '****' });
  assert.deepEqual(maskValue({ searchType: 'KIT', value: 'KIT123' }), { searchType: 'KIT', value: 'KIT123' });
  assert.deepEqual(maskValue({ card: { nameOnCard: 'Asha Rao' } }), { card: { nameOnCard: '****' } }, 'a listed card names its holder');
});

test('maskUrl masks query values by name and by pattern', () => {
  assert.equal(maskUrl('https://h/x?mobile=9876543210&pageNo=0&q=ABCPD1234F'), 'https://h/x?mobile=XXXXXX3210&pageNo=0&q=XXXXXX234F');
});

const SECRETS = ['s3cr3t-value', JWT, 'ABCPD1234F', '234567890123', '9876543210', 'priya@example.com', '4111111111111111', '9123456789'];

const leaky: Exchange = {
  operationId: 'issueToken',
  request: {
    method: 'POST',
    url: 'https://sandbox-api.m2pprepaid.com/auth/token?mobile=9123456789',
    headers: { Authorization: `Bearer ${JWT}`, 'X-TENANT-ID': 'ACME_CORP' },
    body: {
      clientId: 'acme-partner',
      clientSecret: 's3cr3t-value',
      pan: 'ABCPD1234F',
      aadhaar: '234567890123',
      mobile: { value: '9876543210', countryCode: 91 },
      email: 'priya@example.com',
      note: "card 4111111111111111, it's here",
    },
  },
  response: {
    status: 200,
    headers: { 'content-type': 'application/json', 'set-cookie': 'session=abc' },
    text: JSON.stringify({ access_token: JWT, token_type: 'Bearer', expires_in: 3600 }),
    json: { access_token: JWT, token_type: 'Bearer', expires_in: 3600 },
  },
  timing: { startedAt: '2026-11-25T00:00:00.000Z', durationMs: 5 },
};

test('maskExchange: nothing secret or personal survives anywhere in the exchange', () => {
  const text = JSON.stringify(maskExchange(leaky));
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `leaked ${secret}`);
  assert.ok(!text.includes('session=abc'));
  assert.ok(text.includes('acme-partner'), 'the client ID is not a secret and helps reproduce');
});

test('toCurl: one line, masked, reproducing method, URL, headers and body', () => {
  const curl = toCurl(leaky);
  assert.ok(!curl.includes('\n'));
  for (const secret of SECRETS) assert.ok(!curl.includes(secret), `leaked ${secret}`);
  assert.match(curl, /^curl -sS -X POST 'https:\/\/sandbox-api\.m2pprepaid\.com\/auth\/token\?mobile=XXXXXX6789' /);
  assert.match(curl, /-H 'Authorization: Bearer \*\*\*\*'/);
  assert.match(curl, /-H 'X-TENANT-ID: ACME_CORP'/);
  assert.match(curl, /--data-raw '\{"clientId":"acme-partner","clientSecret":"\*\*\*\*",/);
  assert.match(curl, /it'\\''s here/, 'single quotes are shell-escaped');
});

test('toCurl: a malformed raw body is sent as written, masked, and kept on one line', () => {
  const raw: Exchange = { ...leaky, request: { ...leaky.request, body: undefined, rawBody: '{"clientSecret": "s3cr3t-value",\n "mobile": "9876543210"' } };
  const curl = toCurl(raw);
  assert.ok(!curl.includes('\n'));
  assert.ok(!curl.includes('s3cr3t-value') && !curl.includes('9876543210'));
  assert.match(curl, /--data-raw \$'\{"clientSecret": "\*\*\*\*",\\n "mobile": "XXXXXX3210"'$/);
});

test('a registered secret is redacted wherever it appears, as written, JSON-escaped or URL-encoded; short values are not registered', () => {
  registerSecret('s3cr"et/value-42');
  registerSecret('abc');
  assert.equal(maskText('401 invalid client secret s3cr"et/value-42 for acme'), '401 invalid client secret **** for acme');
  assert.equal(maskText(JSON.stringify({ echo: 's3cr"et/value-42' })), '{"echo":"****"}');
  assert.equal(maskText(`?x=${encodeURIComponent('s3cr"et/value-42')}`), '?x=****');
  assert.deepEqual(maskValue({ note: 'got s3cr"et/value-42' }), { note: 'got ****' });
  assert.equal(maskText('abc'), 'abc');
});

test('loading a target registers its configured secrets, so a server echoing one cannot put it in a report', () => {
  const target = loadTarget({ env: { CLIENT_SECRET: 'partner-secret-from-shell' } });
  assert.equal(target.partner.clientSecret, 'partner-secret-from-shell');
  assert.equal(maskText('HTTP 401 bad secret partner-secret-from-shell'), 'HTTP 401 bad secret ****');
});

test('a failure message of a read-back masks the person by key: names, address lines and dates of birth', () => {
  const finding = expectValue('CUST-PROFILE-001', 'the profile a later read returns', { firstName: 'Acharya', dob: '1986-03-14', address1: '12 MG Road', pin: '560001' }, { firstName: 'Bose' });
  assert.equal(finding?.message, 'the profile a later read returns: expected {"firstName":"****"}, received {"firstName":"****","dob":"XXXX-XX-XX","address1":"****","pin":"****"}');
});
