import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ConfigError, isProductionHost, loadTarget } from '../../harness/environment/env';

const REFERENCE = 'TENANT_ID=ACME_CORP\nCLIENT_ID=acme-partner\nCLIENT_SECRET=acme-partner-secret\n';
const REMOTE = 'BASE_URL=https://sandbox-api.m2pprepaid.com\nTENANT_ID=T1\nCLIENT_ID=c1\nCLIENT_SECRET=super-secret-1\n';

/** A folder with the given env files, and a loader reading only from it and from `env`. */
function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'harness-env-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return (env: NodeJS.ProcessEnv = {}) => loadTarget({ env, root });
}

/** The ConfigError message of a failing load; fails the test if it loads. */
function refusal(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `not a ConfigError: ${error}`);
    assert.ok(!error.message.includes('\n'), 'the message is one line');
    return error.message;
  }
  assert.fail('the configuration was accepted');
}

test('no environment chosen: the reference sandbox on 127.0.0.1:4010, or SANDBOX_PORT', () => {
  const load = project({ '.env.reference': REFERENCE });
  const target = load();
  assert.equal(target.baseUrl, 'http://127.0.0.1:4010');
  assert.equal(target.isReferenceSandbox, true);
  assert.equal(target.environment, 'reference');
  assert.equal(target.envFile, '.env.reference');
  assert.equal(target.partner.clientId, 'acme-partner');
  assert.equal(target.support, undefined);
  assert.equal(target.requestTimeoutMs, 15_000);
  assert.equal(load({ SANDBOX_PORT: '4301' }).baseUrl, 'http://127.0.0.1:4301');
  assert.equal(load({ CONFORMANCE_ENV: '', BASE_URL: '' }).isReferenceSandbox, true, 'blank variables count as unset');
});

test('BASE_URL in the process environment with no environment chosen: a remote target with the reference credentials', () => {
  const target = project({ '.env.reference': REFERENCE })({ BASE_URL: 'https://sandbox-api.m2pprepaid.com/' });
  assert.equal(target.baseUrl, 'https://sandbox-api.m2pprepaid.com');
  assert.equal(target.isReferenceSandbox, false);
  assert.equal(target.environment, 'remote');
  assert.equal(target.partner.clientSecret, 'acme-partner-secret');
});

test('CONFORMANCE_ENV=<name> reads .env.<name>; BASE_URL in the process environment overrides the file', () => {
  const load = project({ '.env.reference': REFERENCE, '.env.sandbox': `${REMOTE}SUPPORT_CLIENT_ID=s\nSUPPORT_CLIENT_SECRET=ss\nREQUEST_TIMEOUT_MS=5000\n` });
  const target = load({ CONFORMANCE_ENV: 'sandbox' });
  assert.equal(target.environment, 'sandbox');
  assert.equal(target.baseUrl, 'https://sandbox-api.m2pprepaid.com');
  assert.deepEqual(target.support, { label: 'support', tenant: 'T1', clientId: 's', clientSecret: 'ss' });
  assert.equal(target.requestTimeoutMs, 5000);
  assert.equal(load({ CONFORMANCE_ENV: 'sandbox', BASE_URL: 'http://localhost:9999' }).baseUrl, 'http://localhost:9999');
});

test('the seed: SEED when given, else derived once and written back for the workers', () => {
  const load = project({ '.env.reference': REFERENCE });
  assert.equal(load({ SEED: 'replay-42' }).seed, 'replay-42');
  const env: NodeJS.ProcessEnv = {};
  const first = load(env).seed;
  assert.match(first, /^[0-9a-f]{8}$/);
  assert.equal(env.SEED, first);
  assert.equal(load(env).seed, first, 'a second load (a worker) gets the same seed');
});

test('a chosen env file that does not exist is one line naming it', () => {
  assert.equal(refusal(() => project({})({ CONFORMANCE_ENV: 'staging' })), '.env.staging: file not found (copy .env.example to .env.staging and fill it in)');
  assert.match(refusal(() => project({})({ CONFORMANCE_ENV: '../etc/passwd' })), /^CONFORMANCE_ENV "\.\.\/etc\/passwd" is not a plain name/);
});

test('a bad BASE_URL is one line naming the file, the key and the fault', () => {
  const load = project({ '.env.sandbox': REMOTE.replace('https://sandbox-api.m2pprepaid.com', 'htp:/x') });
  assert.equal(refusal(() => load({ CONFORMANCE_ENV: 'sandbox' })), '.env.sandbox: BASE_URL "htp:/x" is not an http(s) URL');
  const withPath = project({ '.env.sandbox': REMOTE.replace('.com', '.com/prepaid/customer') });
  assert.match(refusal(() => withPath({ CONFORMANCE_ENV: 'sandbox' })), /^\.env\.sandbox: BASE_URL ".*" has a path/);
});

test('missing required keys and half credential sets are one line each, never showing a secret', () => {
  const noSecret = project({ '.env.sandbox': REMOTE.replace('CLIENT_SECRET=super-secret-1\n', '') });
  assert.equal(refusal(() => noSecret({ CONFORMANCE_ENV: 'sandbox' })), '.env.sandbox: CLIENT_SECRET is missing (partner credentials for /auth/token)');
  const halfSupport = project({ '.env.sandbox': `${REMOTE}SUPPORT_CLIENT_ID=s\n` });
  assert.equal(refusal(() => halfSupport({ CONFORMANCE_ENV: 'sandbox' })), '.env.sandbox: SUPPORT_CLIENT_SECRET is missing (SUPPORT_CLIENT_ID is set)');
  const badTimeout = project({ '.env.sandbox': `${REMOTE}REQUEST_TIMEOUT_MS=soon\n` });
  const message = refusal(() => badTimeout({ CONFORMANCE_ENV: 'sandbox' }));
  assert.equal(message, '.env.sandbox: REQUEST_TIMEOUT_MS "soon" is not a positive whole number');
  assert.ok(!message.includes('super-secret-1'));
  const sameTenant = project({ '.env.sandbox': `${REMOTE}SECOND_TENANT_ID=T1\nSECOND_CLIENT_ID=x\nSECOND_CLIENT_SECRET=y\n` });
  assert.match(refusal(() => sameTenant({ CONFORMANCE_ENV: 'sandbox' })), /SECOND_TENANT_ID equals TENANT_ID/);
});

test('a production host is refused without ALLOW_PRODUCTION=true, in one line', () => {
  const prod = REMOTE.replace('sandbox-api.', 'api.');
  const load = project({ '.env.prod': prod, '.env.prod-ok': `${prod}ALLOW_PRODUCTION=true\n` });
  assert.match(
    refusal(() => load({ CONFORMANCE_ENV: 'prod' })),
    /^\.env\.prod: BASE_URL https:\/\/api\.m2pprepaid\.com is production; .* set ALLOW_PRODUCTION=true/,
  );
  assert.equal(load({ CONFORMANCE_ENV: 'prod-ok' }).allowProduction, true);
  assert.match(
    refusal(() => project({ '.env.reference': REFERENCE })({ BASE_URL: 'https://api.m2pprepaid.com' })),
    /^BASE_URL from the process environment \(over \.env\.reference\): BASE_URL .* is production/,
  );
  assert.match(refusal(() => load({ CONFORMANCE_ENV: 'prod', ALLOW_PRODUCTION: 'yes' })), /ALLOW_PRODUCTION "yes" is neither true nor false/);
});

test('isProductionHost: only sandbox hosts of m2pprepaid.com are not production', () => {
  assert.equal(isProductionHost('api.m2pprepaid.com'), true);
  assert.equal(isProductionHost('API.M2PPREPAID.COM'), true);
  assert.equal(isProductionHost('sandbox-api.m2pprepaid.com'), false);
  assert.equal(isProductionHost('127.0.0.1'), false);
  assert.equal(isProductionHost('api.m2pprepaid.com.example.org'), false);
});

test('every spelling of a production host is refused before any request: trailing dots, case, escapes, full-width letters, public IP literals', () => {
  const hostOf = (url: string) => new URL(url).hostname;
  const production = [
    'https://api.m2pprepaid.com./',
    'https://api.m2pprepaid.com../',
    'https://API.M2PPrepaid.COM/',
    'https://api%2Em2pprepaid%2Ecom/',
    'https://ａｐｉ.ｍ２ｐｐｒｅｐａｉｄ.ｃｏｍ/',
    'https://m2pprepaid.com/',
    'https://52.66.1.1/',
    'https://0x34420101/',
    'https://875954433/',
    'https://[2600:1f18::1]/',
    'https://[::ffff:52.66.1.1]/',
  ];
  for (const url of production) assert.equal(isProductionHost(hostOf(url)), true, url);
  const notProduction = ['https://sandbox-api.m2pprepaid.com./', 'http://localhost:4010/', 'http://127.0.0.1:4010/', 'http://10.1.2.3/', 'http://192.168.1.9/', 'http://[::1]:4010/', 'http://[::ffff:127.0.0.1]/', 'http://[fd00::1]/'];
  for (const url of notProduction) assert.equal(isProductionHost(hostOf(url)), false, url);
  const load = project({ '.env.reference': REFERENCE });
  for (const url of ['https://api.m2pprepaid.com.', 'https://52.66.1.1']) {
    assert.match(refusal(() => load({ BASE_URL: url })), /^BASE_URL from the process environment .* is (production|a public IP address, which may be production); .* set ALLOW_PRODUCTION=true/, url);
  }
});

test('the project\'s own .env.reference loads', () => {
  const target = loadTarget({ env: {} });
  assert.equal(target.isReferenceSandbox, true);
  assert.equal(target.secondTenant?.tenant, 'GLOBEX');
  assert.equal(target.support?.clientId, 'acme-support');
});

test('workers: 2 against the embedded sandbox, 8 against a remote environment, WORKERS when given; a bad value is one line', () => {
  const load = project({ '.env.reference': REFERENCE, '.env.sandbox': REMOTE, '.env.slow': `${REMOTE}WORKERS=4\n` });
  assert.deepEqual([load().workers, load({ CONFORMANCE_ENV: 'sandbox' }).workers, load({ BASE_URL: 'http://127.0.0.1:4999' }).workers], [2, 8, 8]);
  assert.equal(load({ CONFORMANCE_ENV: 'slow' }).workers, 4);
  assert.equal(load({ CONFORMANCE_ENV: 'slow', WORKERS: '1' }).workers, 1, 'the process environment wins over the file');
  assert.equal(refusal(() => load({ WORKERS: 'many' })), 'WORKERS from the process environment (over .env.reference): WORKERS "many" is not a positive whole number');
});

test('a line of an .env file that is not KEY=value is refused, naming the line and not its content', () => {
  const broken = project({ '.env.broken': `${REMOTE}CLIENT_SECRET super-secret-2\n` });
  const message = refusal(() => broken({ CONFORMANCE_ENV: 'broken' }));
  assert.equal(message, `.env.broken: line ${REMOTE.split('\n').length} is neither KEY=value, a comment nor blank (dotenv would skip it silently)`);
  assert.ok(!message.includes('super-secret-2'));
  // Comments, blank lines, export, and a quoted value over several lines are all readable.
  const fine = project({ '.env.fine': `# a comment\n\nexport SEED=7\nNOTE="one\ntwo"\n${REMOTE}` });
  assert.equal(fine({ CONFORMANCE_ENV: 'fine' }).seed, '7');
});

test('a remote environment is shared unless SHARED_ENVIRONMENT=false; the embedded sandbox never is', () => {
  const load = project({ '.env.reference': REFERENCE, '.env.sandbox': REMOTE, '.env.mine': `${REMOTE}SHARED_ENVIRONMENT=false\n` });
  assert.deepEqual([load().sharedEnvironment, load({ CONFORMANCE_ENV: 'sandbox' }).sharedEnvironment, load({ CONFORMANCE_ENV: 'mine' }).sharedEnvironment], [false, true, false]);
  assert.match(refusal(() => load({ SHARED_ENVIRONMENT: 'maybe' })), /SHARED_ENVIRONMENT "maybe" is neither true nor false/);
});
