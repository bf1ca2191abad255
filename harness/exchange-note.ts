/**
 * One line per exchange, kept on the test as an `exchange` annotation, so the reports built after a run (coverage,
 * regression) know which operation answered which status, business code and response shape, without bodies and so
 * without personal data: `updateCustomerStatus 409 PPCUST_032 shape:3fa94c0d12ab`, `trackCardDelivery no-response`.
 */
import { businessCodeIn } from './business-code';
import type { Exchange } from './exchange';
import { shapeDigest } from './shape-digest';

export interface ExchangeNote {
  operationId: string;
  /** Undefined when no response arrived (a timeout, a refused connection). */
  status?: number;
  businessCode?: string;
  /** {@link shapeDigest} of the JSON body; undefined for a body that is not JSON or no response. */
  shape?: string;
}

export const EXCHANGE_ANNOTATION = 'exchange';

export function noteOf(exchange: Exchange): ExchangeNote {
  const { response } = exchange;
  if (!response) return { operationId: exchange.operationId };
  const code = businessCodeIn(response.json)?.code;
  return {
    operationId: exchange.operationId,
    status: response.status,
    ...(code !== undefined && { businessCode: code }),
    ...(response.json !== undefined && { shape: shapeDigest(response.json) }),
  };
}

export function formatNote(note: ExchangeNote): string {
  if (note.status === undefined) return `${note.operationId} no-response`;
  return [note.operationId, note.status, note.businessCode, note.shape ? `shape:${note.shape}` : 'not-json'].filter(Boolean).join(' ');
}

/** The inverse of {@link formatNote}; undefined for a line it did not write. */
export function parseNote(line: string): ExchangeNote | undefined {
  const match = /^(\S+) (?:no-response|(\d{3})(?: ([A-Z_0-9]+))? (?:shape:([0-9a-f]{12})|not-json))$/.exec(line);
  if (!match) return undefined;
  const [, operationId, status, businessCode, shape] = match;
  return {
    operationId,
    ...(status !== undefined && { status: Number(status) }),
    ...(businessCode !== undefined && { businessCode }),
    ...(shape !== undefined && { shape }),
  };
}
