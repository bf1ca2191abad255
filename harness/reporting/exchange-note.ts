/**
 * One line per exchange, kept on the test as an `exchange` annotation, so the reports built after a run (coverage,
 * regression) know which operation answered which status, business code and response shape, without bodies and so
 * without personal data: `updateCustomerStatus 409 PPCUST_032 shape:3fa94c0d12ab id:<X-Request-ID>`,
 * `trackCardDelivery no-response id:<X-Request-ID>`, each ending `ms:<response time>` (notes before it have none). The request's ID lets an operator find the exchange in the
 * platform's logs, and the proof find the test of a request the sandbox answered (sandbox/faults/fault-consultations.ts).
 */
import { businessCodeIn } from '../contract/business-code';
import type { Exchange } from './exchange';
import { shapeDigest } from '../contract/shape-digest';

export interface ExchangeNote {
  operationId: string;
  /** Undefined when no response arrived (a timeout, a refused connection). */
  status?: number;
  businessCode?: string;
  /** {@link shapeDigest} of the JSON body; undefined for a body that is not JSON or no response. */
  shape?: string;
  /** The X-Request-ID the request was sent with; undefined when a test sent none. */
  requestId?: string;
  /** How long the answer (or the transport failure) took, in ms: the regression diff compares operations' latency. */
  durationMs?: number;
}

export function noteOf(exchange: Exchange): ExchangeNote {
  const { response } = exchange;
  const requestId = requestIdOf(exchange.request.headers);
  const durationMs = exchange.timing.durationMs;
  if (!response) return { operationId: exchange.operationId, ...(requestId !== undefined && { requestId }), durationMs };
  const code = businessCodeIn(response.json)?.code;
  return {
    operationId: exchange.operationId,
    ...(requestId !== undefined && { requestId }),
    durationMs,
    status: response.status,
    ...(code !== undefined && { businessCode: code }),
    ...(response.json !== undefined && { shape: shapeDigest(response.json) }),
  };
}

/** The X-Request-ID header's value, whatever its case; a value with a space would break the note's fields, so none. */
function requestIdOf(headers: Record<string, string>): string | undefined {
  const value = Object.entries(headers).find(([name]) => name.toLowerCase() === 'x-request-id')?.[1];
  return value && /^\S+$/.test(value) ? value : undefined;
}

export function formatNote(note: ExchangeNote): string {
  const id = note.requestId === undefined ? [] : [`id:${note.requestId}`];
  const ms = note.durationMs === undefined ? [] : [`ms:${note.durationMs}`];
  if (note.status === undefined) return [note.operationId, 'no-response', ...id, ...ms].join(' ');
  return [note.operationId, note.status, note.businessCode, note.shape ? `shape:${note.shape}` : 'not-json', ...id, ...ms].filter(Boolean).join(' ');
}

/** The inverse of {@link formatNote}; undefined for a line it did not write. */
export function parseNote(line: string): ExchangeNote | undefined {
  const match = /^(\S+) (?:no-response|(\d{3})(?: ([A-Z_0-9]+))? (?:shape:([0-9a-f]{12})|not-json))(?: id:(\S+?))?(?: ms:(\d+))?$/.exec(line);
  if (!match) return undefined;
  const [, operationId, status, businessCode, shape, requestId, ms] = match;
  return {
    operationId,
    ...(requestId !== undefined && { requestId }),
    ...(ms !== undefined && { durationMs: Number(ms) }),
    ...(status !== undefined && { status: Number(status) }),
    ...(businessCode !== undefined && { businessCode }),
    ...(shape !== undefined && { shape }),
  };
}
