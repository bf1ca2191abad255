/**
 * What a fault's scenario (`demonstrate`, fault.ts) may ask of a client of the sandbox. tests/sandbox/helpers.ts
 * implements it over an in-process sandbox; it is declared here so that the sandbox imports nothing of the tests.
 */

/** The sandbox's API clients (sandbox/tenants.ts): a partner and a support user of ACME_CORP, and a partner of GLOBEX. */
export type ClientName = 'partner' | 'support' | 'globex';

export interface CallOptions {
  as?: ClientName;
  /** Overrides the X-TENANT-ID header; `null` leaves it out. */
  tenant?: string | null;
  query?: Record<string, string>;
  params?: Record<string, string>;
  /** A raw payload sent as is with Content-Type application/json. */
  raw?: string;
  headers?: Record<string, string>;
}

/** An answer, as much of it as a scenario reads. */
export interface ScenarioResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  // Any JSON value: a scenario picks out the one field its fault changes.
  json(): any;
}

export interface ScenarioApi {
  /** Calls an operation with the token and tenant of `options.as` (the partner by default). */
  call(operationId: string, body: unknown, options?: CallOptions): Promise<ScenarioResponse>;
  /** POSTs `body` to `path` as it is, with no token and no tenant: for the token endpoint, and for a guard that lets anyone in. */
  post(path: string, body: unknown): Promise<ScenarioResponse>;
  /** A new customer; `overrides` replace fields of the generated one. */
  customer(overrides?: Record<string, unknown>, as?: ClientName): Promise<{ entityId: string; pan: string }>;
  /** A new customer with an ACTIVE card and its wallet, loaded with `balance` when given. */
  card(options?: { balance?: string }): Promise<{ entityId: string; kitNo: string; accountId: string; customer: { pan: string } }>;
  /** A wallet movement: a CREDIT with txnOrigin LOAD unless `type` and `origin` say otherwise. */
  load(entityId: string, amount: string, options?: { type?: string; origin?: string; txnRef?: string }): Promise<ScenarioResponse>;
  /** The balances of the customer's wallet. */
  balance(entityId: string): Promise<{ availableBalance: number; heldAmount: number; totalBalance: number }>;
}
