/**
 * Bearer tokens from `issueToken` (POST /auth/token), one per credential set per worker, reused until a minute
 * before they expire. A token that cannot be had is an environment error: the API under test was never reached.
 * https://dev.m2p.app/docs/prepaidv2/integration-guide/authentication
 */
import type { APIRequestContext } from '@playwright/test';
import { annotate } from '../reporting/annotations';
import { operation } from '../contract/contract';
import { currentTestInfo } from './current-test';
import type { Credentials, Target } from './env';
import { type Exchange, send } from '../reporting/exchange';
import { maskText, registerSecret } from '../reporting/mask';

/**
 * Thrown when the environment, not the API's behaviour, stops a test. Its message starts with `ENVIRONMENT ERROR:`
 * for a person (and Allure's categories); the reports learn it from the running test's `environment-error`
 * annotation, written here, since a test that meets one is no verdict on the API whatever becomes of the error.
 */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
  constructor(message: string) {
    super(`ENVIRONMENT ERROR: ${maskText(message)}`);
    const info = currentTestInfo();
    if (info) annotate(info, 'environment-error', maskText(message), { once: true });
  }
}

/** A token is renewed this long before it expires, so that it cannot expire in the middle of a test. */
export const RENEW_BEFORE_MS = 60_000;

interface Cached {
  token: Promise<string>;
  /** Epoch ms after which the token is not used again; Infinity until it is known. */
  renewAt: number;
}

/** Tokens of one worker, by credential set. */
export class TokenCache {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly context: APIRequestContext,
    private readonly target: Target,
    private readonly now: () => number = Date.now,
  ) {}

  /** A valid bearer token for the credentials, fetched at most once per validity period. */
  token(credentials: Credentials): Promise<string> {
    const key = `${credentials.tenant}\u0000${credentials.clientId}`;
    const cached = this.cache.get(key);
    if (cached && this.now() < cached.renewAt) return cached.token;
    const entry: Cached = { token: Promise.resolve(''), renewAt: Number.POSITIVE_INFINITY };
    entry.token = this.issue(credentials).then(
      ({ token, expiresInS }) => {
        entry.renewAt = this.now() + expiresInS * 1000 - RENEW_BEFORE_MS;
        return token;
      },
      (error: unknown) => {
        // A failure is not cached: the next test asks again, and reports its own environment error.
        this.cache.delete(key);
        throw error;
      },
    );
    this.cache.set(key, entry);
    return entry.token;
  }

  private async issue(credentials: Credentials): Promise<{ token: string; expiresInS: number }> {
    const op = operation('issueToken');
    const url = new URL(op.path, this.target.baseUrl).toString();
    const exchange = await send(
      this.context,
      op.operationId,
      {
        method: op.method,
        url,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-TENANT-ID': credentials.tenant },
        body: { clientId: credentials.clientId, clientSecret: credentials.clientSecret, grantType: 'client_credentials' },
      },
      this.target.requestTimeoutMs,
    );
    const answer = tokenOf(exchange);
    if (typeof answer !== 'string') registerSecret(answer.token);
    if (typeof answer === 'string') {
      throw new EnvironmentError(`no ${credentials.label} token for client "${credentials.clientId}" from ${op.method} ${url}: ${answer}`);
    }
    return answer;
  }
}

/** The token and its lifetime from an issueToken exchange, or one line saying why there is none. */
export function tokenOf(exchange: Exchange): { token: string; expiresInS: number } | string {
  if (exchange.transportError) return `${exchange.transportError.kind}: ${exchange.transportError.message}`;
  const response = exchange.response!;
  const body = response.json as { access_token?: unknown; expires_in?: unknown } | undefined;
  if (response.status !== 200) return `HTTP ${response.status} ${response.text.slice(0, 200).replace(/\s+/g, ' ')}`;
  if (typeof body?.access_token !== 'string' || body.access_token === '') return 'HTTP 200 without access_token';
  // Without a usable lifetime, assume the documented one (3600 s) rather than refusing the token.
  const expiresInS = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600;
  return { token: body.access_token, expiresInS };
}
