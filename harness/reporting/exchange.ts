/**
 * A recorded exchange: the request as sent, and the response or the transport failure, with timing.
 * Checks judge exchanges; reports attach them (masked). `send` is the one place a request goes on the wire.
 */
import type { APIRequestContext } from '@playwright/test';

/** The request as it went out. */
export interface RecordedRequest {
  method: string;
  /** Absolute URL, query included. */
  url: string;
  headers: Record<string, string>;
  /** The JSON value sent, when the test sent one. */
  body?: unknown;
  /** The exact text sent instead of a JSON value (malformed-JSON tests). */
  rawBody?: string;
}

/** The response as it came back. Header names are lower case. */
export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The parsed body, when the text is JSON (whatever the Content-Type says). */
  json?: unknown;
  /** Why the text is not JSON, when it is not (an empty body included). */
  jsonParseError?: string;
}

/** Why no response arrived. */
export interface TransportError {
  kind: 'timeout' | 'connection' | 'other';
  message: string;
}

/** One request and what came of it. Exactly one of `response` and `transportError` is set. */
export interface Exchange {
  operationId: string;
  request: RecordedRequest;
  response?: RecordedResponse;
  transportError?: TransportError;
  timing: { startedAt: string; durationMs: number };
}

/** Sends a request and records the exchange. Never throws for an HTTP error status or a transport failure. */
export async function send(
  context: APIRequestContext,
  operationId: string,
  request: RecordedRequest,
  timeoutMs: number,
): Promise<Exchange> {
  const startedAt = new Date();
  const started = performance.now();
  const timing = () => ({ startedAt: startedAt.toISOString(), durationMs: Math.round(performance.now() - started) });
  const text = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  // Bytes, not a string: with a JSON Content-Type Playwright re-encodes a string that does not parse as JSON
  // (it would send "{\"entityId\": …" quoted), and malformed-JSON tests must send exactly what they wrote.
  const data = text === undefined ? undefined : Buffer.from(text, 'utf8');
  try {
    const response = await fromShallowStack(() => context.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      data,
      timeout: timeoutMs,
      failOnStatusCode: false,
      // A redirect (to a login page, say) is an answer to record, not to follow.
      maxRedirects: 0,
    }));
    const text = await fromShallowStack(() => response.text());
    // The body stays with the worker's request context until the worker ends: a dispose() per response would cost a
    // Playwright call each, and the bodies are small.
    const recorded: RecordedResponse = { status: response.status(), headers: response.headers(), text, ...parseJson(text) };
    return { operationId, request, response: recorded, timing: timing() };
  } catch (error) {
    return { operationId, request, transportError: classify(error), timing: timing() };
  }
}

/**
 * Makes a Playwright call from a stack of its own, one frame deep. On every API call Playwright captures the caller's
 * stack (up to 50 frames, async ones included) and source-maps each frame, to place the call's step in the test's
 * source; from inside the harness that was about a tenth of a worker's time (a CPU profile of a run; `npm run bench`
 * measures the suite against a bare loop). The reports show no API-call steps, and a failed exchange is reported by
 * the harness itself, with its request and a curl line.
 */
function fromShallowStack<T>(call: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => setImmediate(() => call().then(resolve, reject)));
}

/** Parses a body; the Content-Type is judged by its own check, so it does not decide whether we try. */
export function parseJson(text: string): Pick<RecordedResponse, 'json' | 'jsonParseError'> {
  if (text.trim() === '') return { jsonParseError: 'empty body' };
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    return { jsonParseError: (error as Error).message };
  }
}

/** Sorts a failure of Playwright's fetch by what an operator would do about it. */
export function classify(error: unknown): TransportError {
  // Playwright prefixes its errors with the call and appends a call log; the first line is the useful part.
  const message = String((error as Error)?.message ?? error).split('\n')[0].replace(/^apiRequestContext\.fetch:\s*/, '');
  if (/timeout|timed out|ETIMEDOUT/i.test(message)) return { kind: 'timeout', message };
  if (/ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|socket hang up|getaddrinfo|certificate|SSL|TLS/i.test(message)) {
    return { kind: 'connection', message };
  }
  return { kind: 'other', message };
}
