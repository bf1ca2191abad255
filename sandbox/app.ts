/**
 * The reference sandbox: an in-memory implementation of the documented M2P Prepaid v2 API and its rules,
 * the suite's default target. `buildSandbox` returns the fastify app without listening, so tests can use
 * `app.inject()`; `main.ts` serves it over HTTP.
 *
 * A request goes: route match (POST, or GET for the operations that declare it) → bearer and tenant checks
 * (onRequest) → JSON body → contract validation (preHandler) → the domain operation → envelope. Errors are thrown
 * as `Problem`s and rendered by one handler; planted faults either rewrite the response (onSend) or are switches
 * the domain consults.
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { authenticate } from './auth/guard';
import { issueToken, type TokenRequest } from './auth/issue-token';
import { TokenAuthority, type Caller } from './auth/token-authority';
import type { Ctx } from './domain/context';
import { IdSource } from './domain/ids';
import { TenantStates } from './domain/tenant-states';
import { ActiveFaults, type RequestFaults } from './faults/active-faults';
import type { Exchange } from './faults/fault';
import type { FaultConsultations } from './faults/fault-consultations';
import { answerUnparsedRequest, handleErrors, sendProblem } from './http/error-handler';
import { acceptJsonBodies, hadMalformedBody } from './http/json-body';
import { Latitude, type LatitudeOptions } from './latitude/latitude';
import { unreadableBody } from './http/problems';
import { alertOperations } from './routes/alerts';
import { cardOperations } from './routes/cards';
import { customerOperations } from './routes/customers';
import type { Operation } from './routes/operation';
import { READING_NAMES } from './readings/index';
import { walletOperations } from './routes/wallets';
import { contractValidator } from './validation/contract-validator';
import { requestProblem } from './validation/request-problems';

declare module 'fastify' {
  interface FastifyContextConfig {
    operationId?: string;
  }
}

export interface SandboxOptions {
  /** Names of planted faults to switch on (sandbox/faults/). An unknown name throws `UnknownFaultError`. */
  faults?: readonly string[];
  /** Other documented sides to take (sandbox/readings/), `<point>=<side>`. An unknown one throws `UnknownFaultError`. */
  readings?: readonly string[];
  /** The clock; tests move it to expire tokens. */
  now?: () => Date;
  /** Notes, per request, which faults it asked about: the proof's recording run (sandbox/faults/fault-consultations.ts). */
  consultations?: FaultConsultations;
  /** Where the tenants' data is kept; a test passes its own to read what a run stored. */
  states?: TenantStates;
  /**
   * Latitude mode (sandbox/latitude/): every JSON answer rewritten to another the documented schema allows, and the
   * other side of every interpretation point taken.
   */
  latitude?: LatitudeOptions;
}

export const OPERATIONS: readonly Operation[] = [...customerOperations, ...cardOperations, ...walletOperations, ...alertOperations];

export function buildSandbox(options: SandboxOptions = {}): FastifyInstance {
  // Latitude takes every side the docs allow at once: each point's other side as well as each answer's other shape.
  const readingNames = options.latitude ? [...new Set([...(options.readings ?? []), ...READING_NAMES])] : options.readings;
  const faults = new ActiveFaults(options.faults, options.consultations !== undefined, readingNames);
  const latitude = options.latitude && new Latitude(options.latitude);
  const now = options.now ?? (() => new Date());
  const authority = new TokenAuthority(now);
  const states = options.states ?? new TenantStates();
  const ids = new IdSource();
  const validator = contractValidator();
  const callers = new WeakMap<FastifyRequest, Caller>();
  const requestFaults = new WeakMap<FastifyRequest, RequestFaults>();
  const faultsOf = (request: FastifyRequest): RequestFaults => {
    let asked = requestFaults.get(request);
    if (!asked) requestFaults.set(request, (asked = faults.forRequest()));
    return asked;
  };

  const app = Fastify({
    logger: false,
    // A URL fastify cannot even route (bad encoding) is still answered with a problem body.
    frameworkErrors: (_error, _request, reply) => sendProblem(reply, unreadableBody()),
    // So is a request Node's HTTP parser refuses before fastify sees it (a 64 KiB URL: 431).
    clientErrorHandler: answerUnparsedRequest,
  });
  acceptJsonBodies(app);
  handleErrors(app);

  const validate = (request: FastifyRequest, operationId: string, emptyFieldDetail?: string) => {
    const problem = requestProblem(validator.errors(operationId, request.body), {
      emptyFieldDetail,
      waived: (field, keyword) => faultsOf(request).waives(operationId, field, keyword),
    });
    if (problem) throw problem;
  };

  // Readiness probe for Playwright's webServer (playwright.config.ts); not part of the API.
  app.get('/health', async () => ({ status: 'UP' }));

  app.post('/auth/token', { config: { operationId: 'issueToken' } }, async (request) => {
    validate(request, 'issueToken');
    return issueToken(authority, faultsOf(request), request.body as TokenRequest);
  });

  for (const operation of OPERATIONS) {
    app.route({
      method: operation.method ?? 'POST',
      url: operation.path,
      config: { operationId: operation.operationId },
      onRequest: async (request) => {
        callers.set(request, await authenticate(request, authority, faultsOf(request)));
      },
      handler: async (request) => {
        // An operation without a request schema (a GET) has no body to check.
        if (validator.has(operation.operationId)) validate(request, operation.operationId, operation.emptyFieldDetail);
        const caller = callers.get(request)!;
        const asked = faultsOf(request);
        const ctx: Ctx = { state: states.of(caller.tenantId, asked), caller, faults: asked, now, ids };
        return operation.handle({
          ctx,
          body: request.body,
          params: request.params as Record<string, string>,
          query: request.query as Record<string, unknown>,
        });
      },
    });
  }

  if (faults.rewritesResponses || latitude) {
    app.addHook('onSend', async (request, reply, payload) => {
      if (typeof payload !== 'string') return payload;
      const exchange: Exchange = {
        operationId: request.routeOptions.config.operationId,
        malformedBody: hadMalformedBody(request),
        path: request.url.split('?')[0],
        status: reply.statusCode,
        contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
        body: JSON.parse(payload),
      };
      faultsOf(request).rewrite(exchange);
      // After the faults and readings, so that it loosens the answer as they left it (and leaves a broken one alone).
      const caller = callers.get(request);
      latitude?.rewrite(exchange, caller && request.headers.authorization ? { token: request.headers.authorization, client: caller.clientId } : undefined);
      reply.code(exchange.status).header('content-type', exchange.contentType);
      return typeof exchange.body === 'string' ? exchange.body : JSON.stringify(exchange.body);
    });
  }

  if (faults.delaysResponses) {
    app.addHook('onSend', async (request, _reply, payload) => {
      const ms = faultsOf(request).delayOf(request.routeOptions.config.operationId);
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
      return payload;
    });
  }

  const { consultations } = options;
  if (consultations) {
    app.addHook('onResponse', async (request) => {
      const id = request.headers['x-request-id'];
      consultations.record(typeof id === 'string' ? id : undefined, faultsOf(request).consulted);
    });
  }

  return app;
}
