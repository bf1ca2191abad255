/**
 * Every exchange of a run, recorded for whoever must see the evidence behind a verdict (an auditor, `npm run rejudge`):
 * each worker appends, at the end of each test, one JSON line per exchange of the test to a file of its own in
 * `<REPORTS_DIR>/exchanges/`, and the runner merges them into `reports/exchanges.jsonl` (runner/recorded-exchanges.ts).
 * A line holds the test, the step, the request and the response (or the transport error) masked as every report
 * masks them (mask.ts), the timing, how the test judged it (each `verify` expectation), and where masking changed a
 * body (so a finding on a masked value is known for one). A body longer than {@link BODY_LIMIT} characters is cut,
 * with a note of its length, so a run's recording stays bounded whatever the environment answers.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Exchange } from './exchange';
import { maskExchange, maskValue } from './mask';
import { maskedPaths } from './masked-paths';

/** The folder of the workers' files, inside the run's reports folder. */
export const RECORDED_EXCHANGES_FOLDER = 'exchanges';

/** Longest body kept whole, in characters of its JSON text. */
export const BODY_LIMIT = 16_384;

/** Which test an exchange belongs to: its file and title path (`titlePath`), and the IDs it declares. */
export interface RecordedTest {
  titlePath: string[];
  ids: string[];
  project: string;
}

/**
 * How a test judged an exchange: the expectation `verify` held it to (harness/checks/expect-outcome.ts, plain data),
 * and the set-up step it stood for, as the test gave them. An exchange no test verified was judged by every check alone.
 */
export interface RecordedVerification {
  expectation?: object;
  step?: object;
}

const verifications = new WeakMap<Exchange, RecordedVerification[]>();

/** Notes that a test judged the exchange so (harness/verdicts/verify.ts), for its line in exchanges.jsonl. */
export function recordVerification(exchange: Exchange, verification: RecordedVerification): void {
  verifications.set(exchange, [...(verifications.get(exchange) ?? []), verification]);
}

/** How the test judged the exchange, each `verify` in order; undefined when no `verify` judged it. */
export function verificationsOf(exchange: Exchange): readonly RecordedVerification[] | undefined {
  return verifications.get(exchange);
}

/** One line of exchanges.jsonl. */
export interface RecordedExchange {
  test: RecordedTest;
  /** 1 for the test's first exchange. */
  step: number;
  operationId: string;
  request: Exchange['request'];
  response?: Omit<NonNullable<Exchange['response']>, 'text' | 'json'> & { json?: unknown; text?: string };
  transportError?: Exchange['transportError'];
  timing: Exchange['timing'];
  /** What was cut: `request.body`, `response.json`… with the length before. */
  truncated?: Record<string, number>;
  /** Each `verify` of the exchange, in order; none when only the checks judged it (when its test ended). */
  verified?: RecordedVerification[];
  /** The JSON Pointers of the body values masking changed (masked-paths.ts), by body. */
  masked?: { request?: string[]; response?: string[] };
}

/** A body as kept: whole up to the limit, else the start of its JSON text. */
function bounded(value: unknown, where: string, truncated: Record<string, number>): unknown {
  const text = JSON.stringify(value) ?? '';
  if (text.length <= BODY_LIMIT) return value;
  truncated[where] = text.length;
  return `${text.slice(0, BODY_LIMIT)}…`;
}

/** The line of one exchange of a test, masked and bounded. */
export function recordOf(test: RecordedTest, step: number, exchange: Exchange): RecordedExchange {
  const masked = maskExchange(exchange);
  const verified = verificationsOf(exchange);
  const truncated: Record<string, number> = {};
  const { request, response } = masked;
  const maskedIn = {
    request: maskedPaths(exchange.request.body, request.body),
    response: maskedPaths(exchange.response?.json, response?.json),
  };
  return {
    test,
    step,
    operationId: masked.operationId,
    request: {
      ...request,
      ...(request.body !== undefined && { body: bounded(request.body, 'request.body', truncated) }),
      ...(request.rawBody !== undefined && { rawBody: bounded(request.rawBody, 'request.rawBody', truncated) as string }),
    },
    ...(response && {
      response: {
        status: response.status,
        headers: response.headers,
        // The parsed body when there is one (its text says nothing more), else the text.
        ...(response.json !== undefined ? { json: bounded(response.json, 'response.json', truncated) } : { text: bounded(response.text, 'response.text', truncated) as string }),
        ...(response.jsonParseError !== undefined && { jsonParseError: response.jsonParseError }),
      },
    }),
    ...(masked.transportError && { transportError: masked.transportError }),
    timing: masked.timing,
    ...(Object.keys(truncated).length > 0 && { truncated }),
    // Masked like the rest of the line: an expectation's detail is the API's own text.
    ...(verified && { verified: maskValue(verified) as RecordedVerification[] }),
    ...((maskedIn.request.length > 0 || maskedIn.response.length > 0) && {
      masked: { ...(maskedIn.request.length > 0 && { request: maskedIn.request }), ...(maskedIn.response.length > 0 && { response: maskedIn.response }) },
    }),
  };
}

/**
 * Where this run's workers record: `<REPORTS_DIR>/exchanges/`, or for one shard of a split run
 * (`CONFORMANCE_SHARD`, runner/conformance.ts) `exchanges-<i>-of-<n>/`, which npm run merge-shards gathers.
 */
export function recordingFolder(env: NodeJS.ProcessEnv = process.env): string {
  const shard = env.CONFORMANCE_SHARD;
  return join(env.REPORTS_DIR ?? 'reports', shard ? `${RECORDED_EXCHANGES_FOLDER}-${shard}` : RECORDED_EXCHANGES_FOLDER);
}

/** Appends a test's exchanges to this worker's file of the run's recording. */
export function recordExchanges(test: RecordedTest, exchanges: readonly Exchange[], folder = recordingFolder()): void {
  if (exchanges.length === 0) return;
  mkdirSync(folder, { recursive: true });
  const lines = exchanges.map((exchange, i) => JSON.stringify(recordOf(test, i + 1, exchange)));
  appendFileSync(join(folder, `worker-${process.pid}.jsonl`), `${lines.join('\n')}\n`);
}
