/**
 * Test helpers for the reference sandbox: a sandbox per test, callers per API client, test data builders,
 * and a check of response bodies against the contract's response schemas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildSandbox, OPERATIONS, type SandboxOptions } from '../../sandbox/app';
import type { CallOptions, ClientName, ScenarioApi } from '../../sandbox/faults/scenario';

export type { ClientName };

export const PATHS: Record<string, string> = {
  issueToken: '/auth/token',
  ...Object.fromEntries(OPERATIONS.map((operation) => [operation.operationId, operation.path])),
};

/** POST unless the operation says GET (Fetch Transaction by External ID). */
const METHODS: Record<string, 'GET' | 'POST'> = Object.fromEntries(OPERATIONS.map((operation) => [operation.operationId, operation.method ?? 'POST']));

export const CLIENTS = {
  partner: { clientId: 'acme-partner', clientSecret: 'acme-partner-secret', tenant: 'ACME_CORP' },
  support: { clientId: 'acme-support', clientSecret: 'acme-support-secret', tenant: 'ACME_CORP' },
  globex: { clientId: 'globex-partner', clientSecret: 'globex-partner-secret', tenant: 'GLOBEX' },
} as const satisfies Record<ClientName, { clientId: string; clientSecret: string; tenant: string }>;

export class Api implements ScenarioApi {
  private readonly tokens = new Map<ClientName, string>();

  /** With planted faults the answers are meant to break the contract, so they are not checked. */
  constructor(readonly app: FastifyInstance, private readonly checkContract = true) {}

  async token(as: ClientName = 'partner'): Promise<string> {
    let token = this.tokens.get(as);
    if (!token) {
      const { clientId, clientSecret } = CLIENTS[as];
      const response = await this.app.inject({ method: 'POST', url: '/auth/token', payload: { clientId, clientSecret, grantType: 'client_credentials' } });
      token = response.json().access_token as string;
      this.tokens.set(as, token);
    }
    return token;
  }

  async call(operationId: string, body: unknown, options: CallOptions = {}): Promise<LightMyRequestResponse> {
    const as = options.as ?? 'partner';
    let url = PATHS[operationId];
    for (const [name, value] of Object.entries(options.params ?? {})) url = url.replace(`:${name}`, encodeURIComponent(value));
    const headers: Record<string, string> = { authorization: `Bearer ${await this.token(as)}`, ...options.headers };
    const tenant = options.tenant === undefined ? CLIENTS[as].tenant : options.tenant;
    if (tenant !== null) headers['x-tenant-id'] = tenant;
    if (options.raw !== undefined) headers['content-type'] = 'application/json';
    const method = METHODS[operationId] ?? 'POST';
    const response = await this.app.inject({
      method,
      url,
      query: options.query,
      headers,
      payload: method === 'GET' ? undefined : (options.raw ?? (body as object)),
    });
    if (this.checkContract) assertMatchesContract(operationId, response);
    return response;
  }

  async post(path: string, body: unknown): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'POST', url: path, payload: body as object });
  }

  // ---- test data -------------------------------------------------------------------------------------

  private sequence = 0;

  async customer(overrides: Record<string, unknown> = {}, as: ClientName = 'partner') {
    const n = ++this.sequence;
    const body = {
      firstName: `First${n}`,
      lastName: `Last${n}`,
      dateOfBirth: '15/08/1990',
      gender: 'FEMALE',
      email: `customer${n}@example.com`,
      mobile: { value: `98765${String(n).padStart(5, '0')}`, countryCode: 91 },
      pan: `ABCDE${String(n).padStart(4, '0')}F`,
      kycType: 'FULL_KYC',
      ...overrides,
    };
    let response = await this.call('createCustomer', body, { as });
    // A sandbox on the onboarding guide's side of create-customer-country-code (latitude mode takes it) wants "+91".
    if (response.statusCode === 400 && !('mobile' in overrides)) response = await this.call('createCustomer', { ...body, mobile: { ...body.mobile, countryCode: '+91' } }, { as });
    return { ...body, ...(response.json().result as { entityId: string; customerId: string; status: string }) };
  }

  /** A customer with one new card (ACTIVE, or ALLOCATED with issued-card-status=ALLOCATED) and its wallet, loaded with `balance` (a credit with txnOrigin LOAD). */
  async card(options: { productId?: string; balance?: string; as?: ClientName; customer?: Record<string, unknown> } = {}) {
    const as = options.as ?? 'partner';
    const customer = await this.customer(options.customer, as);
    const issued = await this.call('issueCard', { applicationNumber: `APP-${customer.entityId}`, entityId: customer.entityId, productId: options.productId ?? 'GPR_INR' }, { as });
    const card = issued.json().result as { kitNo: string; accountId: string; maskedCardNumber: string; currency: string };
    if (options.balance) await this.load(customer.entityId, options.balance, { as });
    return { customer, ...card, entityId: customer.entityId };
  }

  async load(entityId: string, amount: string, options: { type?: string; origin?: string; txnRef?: string; as?: ClientName } = {}) {
    return this.call('loadWallet', {
      entityId,
      amount,
      txnRef: options.txnRef ?? `TXN-${++this.sequence}`,
      transactionType: options.type ?? 'CREDIT',
      txnOrigin: options.origin ?? 'LOAD',
    }, { as: options.as });
  }

  async balance(entityId: string) {
    const response = await this.call('fetchCardBalance', { entityId });
    return response.json().result.wallets[0] as { availableBalance: number; heldAmount: number; totalBalance: number; status: string };
  }
}

export function sandbox(options: SandboxOptions = {}): Api {
  return new Api(buildSandbox(options), !options.faults?.length);
}

// ---- the contract's response schemas ------------------------------------------------------------------

const schemasDir = new URL('../../schemas/', import.meta.url);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(schemasDir).filter((f) => /^[A-Za-z]+\.(\d{3})\.schema\.json$/.test(f) || f === 'components.schema.json')) {
  ajv.addSchema(JSON.parse(readFileSync(new URL(file, schemasDir), 'utf8')), file);
}

/**
 * Every answer of the sandbox must be one the contract documents, with a body that matches its schema,
 * served as JSON. Runs on every call the tests make, so any drift from the contract fails a test.
 */
export function assertMatchesContract(operationId: string, response: LightMyRequestResponse): void {
  const where = `${operationId} ${response.statusCode}: ${response.body.slice(0, 300)}`;
  if (!String(response.headers['content-type']).startsWith('application/json')) {
    throw new Error(`not application/json: ${response.headers['content-type']} (${where})`);
  }
  const validate = ajv.getSchema(`${operationId}.${response.statusCode}.schema.json`);
  if (!validate) throw new Error(`status not documented: ${where}`);
  if (!validate(response.json())) throw new Error(`body does not match the contract: ${ajv.errorsText(validate.errors)} (${where})`);
}
