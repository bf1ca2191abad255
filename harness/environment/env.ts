/**
 * Target configuration: which API the suite talks to, with which credentials and test data.
 *
 * `CONFORMANCE_ENV=<name>` reads `.env.<name>`; with none chosen the suite reads `.env.reference` and tests the
 * embedded reference sandbox on `http://127.0.0.1:${SANDBOX_PORT||4010}`. Values already in the process environment
 * win over the file (dotenv's rule, so CI can inject secrets), and `BASE_URL` there with no environment chosen means
 * "a remote target with the reference credentials". Every fault is one line naming the file, the key and what is wrong.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { BlockList, isIP } from 'node:net';
import { join } from 'node:path';
import { parse } from 'dotenv';
import { registerSecret } from '../reporting/mask';

/** A bad or missing setting. Its message is one line, names the file and key, and never carries a secret. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** One credential set for `POST /auth/token`, and the tenant it belongs to (sent as X-TENANT-ID). */
export interface Credentials {
  /** Which role these are, for messages: never the secret. */
  label: 'partner' | 'support' | 'second tenant';
  tenant: string;
  clientId: string;
  clientSecret: string;
}

/** Everything the suite needs to know about the environment under test. */
export interface Target {
  /** `reference` (the embedded sandbox), `remote` (BASE_URL with the reference credentials) or the chosen name. */
  environment: string;
  /** The env file the values came from, as shown in messages (e.g. `.env.sandbox`). */
  envFile: string;
  /** Scheme and host, no trailing slash. */
  baseUrl: string;
  /** Where BASE_URL came from, as shown in messages: the env file, the process environment, or the embedded sandbox. */
  baseUrlFrom: string;
  /** True when the suite starts and tests its own reference sandbox. */
  isReferenceSandbox: boolean;
  tenant: string;
  partner: Credentials;
  /** Support-role credentials of the same tenant; tests that need them are skipped without them. */
  support?: Credentials;
  /** A partner of another tenant, for tenant isolation; tests that need it are skipped without it. */
  secondTenant?: Credentials;
  productId: string;
  forexProductId: string;
  corporateId: string;
  corporateAccountNumber: string;
  /** A bearer token of this environment that has expired; the expired-token tests are skipped without it. */
  expiredToken?: string;
  /** SIGNING_KEY: the certifier's private key file, which signs every certification of this environment (runner/attestation.ts). */
  signingKey?: string;
  /** The run's data seed: printed in reports, set SEED to replay a run. */
  seed: string;
  requestTimeoutMs: number;
  allowProduction: boolean;
  /**
   * True when other runs may work in the environment at the same time (every remote one, unless SHARED_ENVIRONMENT=false).
   * It may only widen what is tried when false; today no test is skipped for it: the tests that change what the whole
   * tenant shares (the corporate's one alert configuration) use the safe-change protocol either way (harness/data/alert-change.ts).
   */
  sharedEnvironment: boolean;
  /** Playwright workers: `WORKERS`, else {@link DEFAULT_WORKERS} for the kind of target. */
  workers: number;
}

/** Where to read from; tests pass their own environment and folder. */
export interface LoadOptions {
  /** Defaults to `process.env`. A derived SEED is written back here so that Playwright workers share it. */
  env?: NodeJS.ProcessEnv;
  /** The folder holding the `.env.*` files; defaults to the project root. */
  root?: string;
}

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const REFERENCE = 'reference';
const DEFAULT_SANDBOX_PORT = '4010';
const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * The embedded sandbox shares the machine's two cores with the workers, so more workers only contend. A remote
 * environment keeps a worker waiting on the network most of the time: at 100 ms a request, 8 workers ran the suite
 * in a third of the time 2 took on two cores (npm run bench; README, "Speed").
 */
export const DEFAULT_WORKERS = { reference: 2, remote: 8 } as const;

/**
 * Reads and checks the target configuration. Throws {@link ConfigError} with one line on the first fault.
 * @example
 * const target = loadTarget(); // CONFORMANCE_ENV=sandbox → .env.sandbox
 */
export function loadTarget(options: LoadOptions = {}): Target {
  const env = options.env ?? process.env;
  const root = options.root ?? PROJECT_ROOT;
  const chosen = env.CONFORMANCE_ENV?.trim() || REFERENCE;
  if (!/^[A-Za-z0-9_-]+$/.test(chosen)) {
    throw new ConfigError(`CONFORMANCE_ENV "${chosen}" is not a plain name (letters, digits, - and _), e.g. sandbox for .env.sandbox`);
  }
  const envFile = `.env.${chosen}`;
  const path = join(root, envFile);
  if (!existsSync(path)) {
    throw new ConfigError(`${envFile}: file not found (copy .env.example to ${envFile} and fill it in)`);
  }
  const text = readFileSync(path, 'utf8');
  const unreadable = unparsableLine(text);
  if (unreadable) throw new ConfigError(`${envFile}: line ${unreadable} is neither KEY=value, a comment nor blank (dotenv would skip it silently)`);
  // The process environment wins over the file, as with dotenv's own loader.
  const shell = pick(env);
  const values: Record<string, string | undefined> = { ...parse(text), ...shell };
  const read = (key: string) => values[key]?.trim() || undefined;
  // A message names its key first; a value from the process environment is reported as such, not as the file's.
  const fault = (message: string) => {
    const key = /^[A-Z_]+/.exec(message)?.[0];
    return new ConfigError(`${key !== undefined && key in shell ? `${key} from the process environment (over ${envFile})` : envFile}: ${message}`);
  };
  const required = (key: string, why: string) => {
    const value = read(key);
    if (!value) throw fault(`${key} is missing (${why})`);
    return value;
  };

  const isReferenceSandbox = chosen === REFERENCE && !read('BASE_URL');
  const baseUrl = isReferenceSandbox ? `http://127.0.0.1:${port(read('SANDBOX_PORT'), fault)}` : checkBaseUrl(required('BASE_URL', 'where the API is'), fault);
  const allowProduction = flag('ALLOW_PRODUCTION', read('ALLOW_PRODUCTION'), fault);
  const { hostname } = new URL(baseUrl);
  if (isProductionHost(hostname) && !allowProduction) {
    const what = isIP(hostname.replace(/^\[|\]$/g, '')) ? 'a public IP address, which may be production' : 'production';
    throw fault(`BASE_URL ${baseUrl} is ${what}; the suite creates customers and moves money, so set ALLOW_PRODUCTION=true to run there on purpose`);
  }

  const expiredToken = read('EXPIRED_TOKEN');
  // Only the shape is checked, and the message never repeats the value: it is a credential, if a dead one.
  if (expiredToken && !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(expiredToken)) throw fault('EXPIRED_TOKEN is not a JWT (three base64url parts)');

  const tenant = required('TENANT_ID', 'the tenant sent as X-TENANT-ID');
  const partner: Credentials = {
    label: 'partner',
    tenant,
    clientId: required('CLIENT_ID', 'partner credentials for /auth/token'),
    clientSecret: required('CLIENT_SECRET', 'partner credentials for /auth/token'),
  };
  const support = optionalSet(read, fault, ['SUPPORT_CLIENT_ID', 'SUPPORT_CLIENT_SECRET'], ([clientId, clientSecret]) => ({
    label: 'support' as const,
    tenant,
    clientId,
    clientSecret,
  }));
  const secondTenant = optionalSet(
    read,
    fault,
    ['SECOND_TENANT_ID', 'SECOND_CLIENT_ID', 'SECOND_CLIENT_SECRET'],
    ([secondTenantId, clientId, clientSecret]) => ({ label: 'second tenant' as const, tenant: secondTenantId, clientId, clientSecret }),
  );
  // Configured secrets are redacted wherever they appear from now on, in this process and (loading this) in workers.
  for (const credentials of [partner, support, secondTenant]) registerSecret(credentials?.clientSecret);
  registerSecret(expiredToken);
  if (secondTenant && secondTenant.tenant === tenant) {
    throw fault(`SECOND_TENANT_ID equals TENANT_ID (${tenant}); tenant isolation needs another tenant`);
  }

  const seed = read('SEED') ?? deriveSeed();
  // Workers are child processes that inherit the environment: writing the seed back gives them all the same one.
  env.SEED = seed;

  return {
    environment: isReferenceSandbox ? REFERENCE : chosen === REFERENCE ? 'remote' : chosen,
    envFile,
    baseUrl,
    baseUrlFrom: isReferenceSandbox ? 'the reference sandbox' : 'BASE_URL' in shell ? 'BASE_URL from the process environment' : `BASE_URL of ${envFile}`,
    isReferenceSandbox,
    tenant,
    partner,
    support,
    secondTenant,
    // Defaults are the documented example values of .env.example (the reference sandbox serves them).
    productId: read('PRODUCT_ID') ?? 'GPR_INR',
    forexProductId: read('FOREX_PRODUCT_ID') ?? 'FOREX_USD',
    corporateId: read('CORPORATE_ID') ?? 'CORP123',
    corporateAccountNumber: read('CORPORATE_ACCOUNT_NUMBER') ?? '17568190551480014',
    expiredToken,
    signingKey: read('SIGNING_KEY'),
    seed,
    requestTimeoutMs: positiveInteger('REQUEST_TIMEOUT_MS', read('REQUEST_TIMEOUT_MS'), DEFAULT_TIMEOUT_MS, fault),
    allowProduction,
    sharedEnvironment: read('SHARED_ENVIRONMENT') === undefined ? !isReferenceSandbox : flag('SHARED_ENVIRONMENT', read('SHARED_ENVIRONMENT'), fault),
    workers: positiveInteger('WORKERS', read('WORKERS'), isReferenceSandbox ? DEFAULT_WORKERS.reference : DEFAULT_WORKERS.remote, fault),
  };
}

/**
 * True for a host that is, or may be, production, judged on the hostname the URL parser gives (it already lowercases,
 * decodes percent-escapes, maps full-width characters and writes every IPv4 spelling as four decimals):
 * - a name under m2pprepaid.com, with or without the trailing dot of a fully qualified name, unless its first label
 *   starts with `sandbox` (`sandbox-api.` is the documented sandbox; any other host there is treated as production);
 * - an IP address outside loopback, private and link-local ranges: a bare address says nothing of what it serves,
 *   and the guard must decide before a single packet, so it fails closed.
 */
export function isProductionHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  if (isIP(host)) return !isLocalAddress(host);
  if (host !== 'm2pprepaid.com' && !host.endsWith('.m2pprepaid.com')) return false;
  return !host.startsWith('sandbox');
}

/** Loopback, private and link-local addresses: where a test environment lives, never a public API. */
const LOCAL_RANGES = (() => {
  const ranges = new BlockList();
  for (const [network, prefix] of [['127.0.0.0', 8], ['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['169.254.0.0', 16], ['0.0.0.0', 32]] as const) {
    ranges.addSubnet(network, prefix, 'ipv4');
  }
  for (const [network, prefix] of [['::1', 128], ['fc00::', 7], ['fe80::', 10]] as const) ranges.addSubnet(network, prefix, 'ipv6');
  return ranges;
})();

function isLocalAddress(address: string): boolean {
  // An IPv4-mapped IPv6 address (::ffff:7f00:1, as the URL parser writes ::ffff:127.0.0.1) is the IPv4 address.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
    return LOCAL_RANGES.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'ipv4');
  }
  return LOCAL_RANGES.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

type Fault = (message: string) => ConfigError;

/** The keys this module reads, taken from the process environment when set there. */
const KEYS = [
  'BASE_URL', 'SANDBOX_PORT', 'TENANT_ID', 'CLIENT_ID', 'CLIENT_SECRET', 'SUPPORT_CLIENT_ID', 'SUPPORT_CLIENT_SECRET',
  'SECOND_TENANT_ID', 'SECOND_CLIENT_ID', 'SECOND_CLIENT_SECRET', 'PRODUCT_ID', 'FOREX_PRODUCT_ID', 'CORPORATE_ID',
  'CORPORATE_ACCOUNT_NUMBER', 'SEED', 'REQUEST_TIMEOUT_MS', 'ALLOW_PRODUCTION', 'EXPIRED_TOKEN', 'WORKERS', 'SHARED_ENVIRONMENT',
] as const;

/**
 * The number of the first line dotenv would skip without a word (not `KEY=value`, `export KEY=value`, a comment, a
 * blank line, or a line of a quoted value that spans lines), or undefined when there is none. The line itself is not
 * shown: it may hold a secret.
 */
export function unparsableLine(text: string): number | undefined {
  const lines = text.split(/\r?\n/);
  let openQuote: string | undefined;
  for (const [index, line] of lines.entries()) {
    if (openQuote) {
      if (line.includes(openQuote)) openQuote = undefined;
      continue;
    }
    if (/^\s*(#.*)?$/.test(line)) continue;
    const assignment = /^\s*(?:export\s+)?[\w.-]+\s*[=:]\s?(.*)$/.exec(line);
    if (!assignment) return index + 1;
    // A value that opens a quote and does not close it on its line goes on until the line that does.
    const quote = /^\s*(["'`])/.exec(assignment[1])?.[1];
    if (quote && !assignment[1].trim().slice(1).includes(quote)) openQuote = quote;
  }
  return undefined;
}

function pick(env: NodeJS.ProcessEnv): Record<string, string> {
  // Empty values in the process environment do not hide the file's (an exported but blank variable is a slip).
  return Object.fromEntries(KEYS.flatMap((key) => (env[key]?.trim() ? [[key, env[key]!]] : [])));
}

function checkBaseUrl(raw: string, fault: Fault): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fault(`BASE_URL "${raw}" is not an http(s) URL`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) throw fault(`BASE_URL "${raw}" is not an http(s) URL`);
  // Printing such a URL would print its password.
  if (url.username || url.password) throw fault('BASE_URL carries credentials; put them in CLIENT_ID / CLIENT_SECRET');
  if (url.pathname !== '/' || url.search || url.hash) {
    throw fault(`BASE_URL "${raw}" has a path; give scheme and host only, the suite adds /auth/token, /prepaid/...`);
  }
  return url.origin;
}

function port(raw: string | undefined, fault: Fault): number {
  const value = positiveInteger('SANDBOX_PORT', raw, Number(DEFAULT_SANDBOX_PORT), fault);
  if (value > 65_535) throw fault(`SANDBOX_PORT "${raw}" is not a port number (1-65535)`);
  return value;
}

function positiveInteger(key: string, raw: string | undefined, fallback: number, fault: Fault): number {
  if (raw === undefined) return fallback;
  if (!/^[0-9]+$/.test(raw) || Number(raw) <= 0) throw fault(`${key} "${raw}" is not a positive whole number`);
  return Number(raw);
}

function flag(key: string, raw: string | undefined, fault: Fault): boolean {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw fault(`${key} "${raw}" is neither true nor false`);
}

/** A set of keys that are all given or all absent: half a credential set is a mistake, not an opt-out. */
function optionalSet<T>(
  read: (key: string) => string | undefined,
  fault: Fault,
  keys: string[],
  build: (values: string[]) => T,
): T | undefined {
  const values = keys.map(read);
  if (values.every((value) => value === undefined)) return undefined;
  const missing = keys.filter((_, i) => values[i] === undefined);
  if (missing.length > 0) {
    const given = keys.filter((_, i) => values[i] !== undefined);
    throw fault(`${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing (${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} set)`);
  }
  return build(values as string[]);
}

function deriveSeed(): string {
  return randomBytes(4).toString('hex');
}
