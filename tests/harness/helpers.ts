/**
 * Shared pieces of the harness's own tests: a stand-in contract (fixtures/mini-openapi.json) with its derived
 * schemas, and a builder of hand-made exchanges.
 */
import { acceptedSides, type Picks } from '../../harness/verdicts/interpretations';
import type { OpenAPIV3_1 } from 'openapi-types';
import { indexContract } from '../../harness/contract/contract';
import type { Exchange, RecordedResponse } from '../../harness/reporting/exchange';
import { SchemaRegistry } from '../../harness/contract/schema-registry';
import { deriveSchemas } from '../../openapi/derive-schemas';
import mini from './fixtures/mini-openapi.json' with { type: 'json' };

export const miniDoc = mini as unknown as OpenAPIV3_1.Document;
export const miniIndex = indexContract(miniDoc);
export const miniSchemas = new SchemaRegistry(Object.values(deriveSchemas(miniDoc)), miniIndex);

/** Options for judging against the stand-in contract. */
export const miniOptions = {
  index: miniIndex,
  validateResponse: (id: string, status: number, body: unknown) => miniSchemas.validateResponse(id, status, body),
};

/** The check context for an operation of the stand-in contract. */
/** A check's context; `picks` is the profile (interpretation point → side), none by default: every side accepted. */
export const contextFor = (operationId: string, picks: Picks = {}) => ({
  operation: miniIndex.get(operationId)!,
  validateResponse: miniOptions.validateResponse,
  sawSide: (point: string, side: string) => acceptedSides(point, picks).includes(side),
});

/** A response with a JSON body served as application/json, unless told otherwise. */
export function exchange(
  response: Partial<RecordedResponse> & { status: number; body?: unknown },
  operationId = 'updateThingStatus',
): Exchange {
  const { body, ...rest } = response;
  const text = rest.text ?? (body === undefined ? '' : JSON.stringify(body));
  return {
    operationId,
    request: { method: 'POST', url: 'https://sandbox-api.m2pprepaid.com/things/update/status', headers: {}, body: { thingId: 'T-1', status: 'LOCKED' } },
    response: {
      headers: { 'content-type': 'application/json' },
      text,
      ...(body !== undefined ? { json: body } : { jsonParseError: 'empty body' }),
      ...rest,
    },
    timing: { startedAt: '2026-11-25T00:00:00.000Z', durationMs: 12 },
  };
}

export const OK_BODY = { result: { thingId: 'T-1', status: 'LOCKED' }, pagination: null };
export const problem = (status: number, extra: Record<string, unknown> = {}) => ({
  type: 'https://www.m2pfintech.com/problem/problem-with-message',
  title: 'x',
  status,
  message: status === 409 ? 'error.business' : `error.http.${status}`,
  ...extra,
});
