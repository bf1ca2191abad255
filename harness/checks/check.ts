/**
 * What a check is: a pure function from a recorded exchange to findings, with the ID it reports under and the
 * requirement it enforces. No network and no Playwright here, so every check is unit-tested on hand-made exchanges.
 */
import type { Operation } from '../contract/contract';
import type { Exchange } from '../reporting/exchange';
import type { Finding, FindingKind } from '../reporting/findings';
import type { SchemaVerdict } from '../contract/schema-registry';

/** What a check may consult besides the exchange. */
export interface CheckContext {
  /** The contract's operation the exchange was made against. */
  operation: Operation;
  /** Validates a response body against the schema documented for the operation and status. */
  validateResponse(operationId: string, status: number, body: unknown): SchemaVerdict | undefined;
  /** Notes that the answer showed a side of an interpretation point; true when the run accepts that side. */
  sawSide(point: string, side: string): boolean;
}

export interface Check {
  /** Stable, snake_case, verb-free: `status_code_documented`. */
  id: string;
  /** The requirement ID its findings break. */
  requirement: string;
  kind: FindingKind;
  /** What part of the answer it reads: checks run stage by stage ({@link STAGES}), so a message lists findings from the status line inward. */
  stage: Stage;
  run(exchange: Exchange, context: CheckContext): Finding[];
}

/**
 * The order checks run in, from the outside of an answer inward: the status line, the headers, the body's shape and
 * fields, its codes, what it says about money, and last whether an environment stood in for the API. A finding's line in
 * a failure message, and the first finding an exploration names, follow this order.
 */
export const STAGES = ['status', 'headers', 'body', 'codes', 'money', 'environment'] as const;
export type Stage = (typeof STAGES)[number];

/** The checks in the order they run: by stage, then by ID. */
export function inJudgingOrder(checks: readonly Check[]): Check[] {
  const rank = (check: Check) => STAGES.indexOf(check.stage);
  return [...checks].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/** The fields of a finding that the check itself decides. */
export type FindingDetail = Pick<Finding, 'message' | 'received' | 'documented' | 'where'>;

/**
 * Defines a check from the part that differs between checks: what to report, if anything.
 * @example defineCheck({ id: 'no_server_error', requirement: 'CONTRACT-5XX-001', kind: 'contract' }, (exchange) => ...)
 */
export function defineCheck(
  meta: Omit<Check, 'run'>,
  inspect: (exchange: Exchange, context: CheckContext) => FindingDetail | undefined,
): Check {
  return {
    ...meta,
    run: (exchange, context) => {
      const detail = inspect(exchange, context);
      return detail ? [{ check: meta.id, requirement: meta.requirement, kind: meta.kind, ...detail }] : [];
    },
  };
}

/** 502, 503 and 504 come from gateways and load balancers in front of the API, not from the API itself. */
export const GATEWAY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** A response the contract checks can judge: one arrived, and no gateway stood in for the API. */
export function judgeable(exchange: Exchange): exchange is Exchange & { response: NonNullable<Exchange['response']> } {
  return exchange.response !== undefined && !GATEWAY_STATUSES.has(exchange.response.status);
}

/** The body as a plain JSON object, when it is one. */
export function bodyObject(exchange: Exchange): Record<string, unknown> | undefined {
  const json = exchange.response?.json;
  return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
}
