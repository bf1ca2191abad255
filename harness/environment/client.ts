/**
 * The recording API client. It builds each request from the contract (method, path, security), adds the headers a
 * partner sends, and records every exchange of the test. It never throws for what the API or the network does:
 * judging that is verify's job.
 */
import type { APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { TokenCache } from './auth';
import { type Operation, operation } from '../contract/contract';
import type { Credentials, Target } from './env';
import { type Exchange, send } from '../reporting/exchange';

/** Whose token goes in `Authorization`: the client's own credentials, the support role's, none, or a given one. */
export type AuthChoice = 'partner' | 'support' | 'none' | { token: string };

/** What a test may set on a call; everything else comes from the contract and the target. */
export interface CallOptions {
  /** Values for `{name}` placeholders of the path template. */
  pathParams?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
  /** A JSON value, serialised as sent. */
  body?: unknown;
  /** Exact text to send instead of `body` (malformed JSON). */
  rawBody?: string;
  /** Extra or replacing headers; `null` removes one the client would send (e.g. `'Content-Type': null`). */
  headers?: Record<string, string | null>;
  /** Default: 'partner' for secured operations, 'none' for issueToken. */
  auth?: AuthChoice;
  /** X-TENANT-ID; default the client's tenant, `null` omits the header. */
  tenant?: string | null;
}

/** The exchanges of one test, in order, across all its clients. */
export class ExchangeLog {
  readonly exchanges: Exchange[] = [];
}

/** Calls operations of the contract as one identity (partner, support, or the second tenant's partner). */
export class ApiClient {
  constructor(
    private readonly request: APIRequestContext,
    private readonly target: Target,
    private readonly tokens: TokenCache,
    /** Whose client this is: their credentials answer `auth: 'partner'` and their tenant is the default. */
    readonly identity: Credentials,
    private readonly log: ExchangeLog = new ExchangeLog(),
  ) {}

  /** Every exchange this client's test has made so far. */
  get exchanges(): readonly Exchange[] {
    return this.log.exchanges;
  }

  /**
   * Calls an operation and records the exchange. Never throws for HTTP errors or transport failures.
   * @example
   * const exchange = await api.call('fetchCustomer', { body: { entityId } });
   * const missingTenant = await api.call('fetchCustomer', { body: { entityId }, tenant: null });
   */
  async call(operationId: string, options: CallOptions = {}): Promise<Exchange> {
    const op = operation(operationId);
    const sendsBody = options.rawBody !== undefined || options.body !== undefined;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      // A request without a body (a GET) has no content to type.
      ...(sendsBody ? { 'Content-Type': 'application/json' } : {}),
      // Lets the API's operators find this request in their logs when a report is sent to them.
      'X-Request-ID': randomUUID(),
    };
    const tenant = options.tenant === undefined ? this.identity.tenant : options.tenant;
    if (tenant !== null) headers['X-TENANT-ID'] = tenant;
    const token = await this.tokenFor(options.auth ?? (op.secured ? 'partner' : 'none'));
    if (token !== undefined) headers.Authorization = `Bearer ${token}`;
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      // Header names are case-insensitive: a test's `content-type` replaces our `Content-Type`.
      for (const existing of Object.keys(headers)) if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
      if (value !== null) headers[name] = value;
    }
    const exchange = await send(
      this.request,
      op.operationId,
      {
        method: op.method,
        url: this.url(op, options),
        headers,
        ...(options.rawBody !== undefined ? { rawBody: options.rawBody } : options.body !== undefined ? { body: options.body } : {}),
      },
      this.target.requestTimeoutMs,
    );
    this.log.exchanges.push(exchange);
    return exchange;
  }

  private async tokenFor(auth: AuthChoice): Promise<string | undefined> {
    if (auth === 'none') return undefined;
    if (typeof auth === 'object') return auth.token;
    if (auth === 'partner') return this.tokens.token(this.identity);
    if (!this.target.support) {
      throw new Error('auth: "support" needs support credentials (SUPPORT_CLIENT_ID / SUPPORT_CLIENT_SECRET); use the supportApi fixture, which skips the test without them');
    }
    return this.tokens.token(this.target.support);
  }

  private url(op: Operation, options: CallOptions): string {
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = options.pathParams?.[name];
      if (value === undefined) throw new Error(`${op.operationId} needs path parameter "${name}"`);
      return encodeURIComponent(value);
    });
    const url = new URL(path, this.target.baseUrl);
    for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, String(value));
    return url.toString();
  }
}
