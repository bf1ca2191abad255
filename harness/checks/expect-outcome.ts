import { businessCodeIn } from '../contract/business-code';
import type { Exchange } from '../reporting/exchange';
import type { Finding } from '../reporting/findings';
import { bodyObject } from './check';
import { EXPECTED_OUTCOME } from './expect-rule';

/** The problem types of the error envelopes (DESIGN.md "Error envelopes"). */
export type ProblemType = 'problem-with-message' | 'constraint-violation';

/** The outcome a test expects, and the requirements that outcome proves. */
export interface Expectation {
  /** The HTTP status. */
  status: number;
  /** The `businessCode` of a business error, e.g. PPCUST_032. */
  businessCode?: string;
  /**
   * A field the error must name: an entry of a constraint-violation's `fieldErrors`, or the `"<field>: …"` start of
   * a problem-with-message `detail`. A path names the field when the field is one of its segments: `mobile.value`
   * is an error on `mobile`, `userOverridden.international.values[0].perTransactionLimit` on `perTransactionLimit`.
   */
  fieldErrorOn?: string;
  /** The envelope's `type`, by its last path segment. */
  problemType?: ProblemType;
  /** The exact `detail` of a problem-with-message, e.g. "Unable to convert http message". */
  detail?: string;
  /** Requirement IDs this outcome proves; a mismatch breaks each of them. At least one. */
  requirements: string[];
}

/**
 * Findings (kind 'business', one per requirement) when the exchange does not have the expected outcome;
 * none when it does. An exchange without a response is the environment's matter and yields none here.
 * @example expectOutcome(exchange, { status: 409, businessCode: 'PPCUST_032', requirements: ['CUST-STATUS-002'] })
 */
export function expectOutcome(exchange: Exchange, expected: Expectation): Finding[] {
  if (expected.requirements.length === 0) throw new Error('an expectation names at least one requirement ID');
  if (!exchange.response) return [];
  const mismatches = mismatchesOf(exchange, expected);
  if (mismatches.length === 0) return [];
  const wanted = describe(expected);
  const received = receivedOf(exchange);
  return expected.requirements.map((requirement) => ({
    check: EXPECTED_OUTCOME,
    requirement,
    kind: 'business' as const,
    message: `expected ${wanted}; ${mismatches.join('; ')}`,
    received,
    documented: wanted,
    where: `expected ${wanted}`,
  }));
}

function mismatchesOf(exchange: Exchange, expected: Expectation): string[] {
  const { status } = exchange.response!;
  const body = bodyObject(exchange);
  const mismatches: string[] = [];
  if (status !== expected.status) mismatches.push(`received ${status}`);
  const code = businessCodeIn(body)?.code;
  if (expected.businessCode !== undefined && code !== expected.businessCode) mismatches.push(`received businessCode ${show(code)}`);
  if (expected.problemType !== undefined && !String(body?.type ?? '').endsWith(`/problem/${expected.problemType}`)) {
    mismatches.push(`received type ${show(body?.type)}`);
  }
  if (expected.detail !== undefined && body?.detail !== expected.detail) mismatches.push(`received detail ${show(body?.detail)}`);
  if (expected.fieldErrorOn !== undefined && !namesField(body, expected.fieldErrorOn)) {
    mismatches.push(`no field error on ${expected.fieldErrorOn} (received ${show(fieldsNamed(body))})`);
  }
  return mismatches;
}

/** True when the error names the field, in either envelope. */
function namesField(body: Record<string, unknown> | undefined, field: string): boolean {
  const segments = (path: string) => `.${path.replace(/\[(\w+)\]/g, '.$1')}.`;
  return fieldsNamed(body).some((path) => segments(path).includes(segments(field)));
}

/** The fields an error names: constraint-violation `fieldErrors[].field`, or the `<field>:` start of a detail. */
function fieldsNamed(body: Record<string, unknown> | undefined): string[] {
  const errors = Array.isArray(body?.fieldErrors) ? (body.fieldErrors as { field?: unknown }[]) : [];
  const fromErrors = errors.map((e) => e?.field).filter((f): f is string => typeof f === 'string');
  const fromDetail = typeof body?.detail === 'string' ? /^([\w.[\]]+):/.exec(body.detail)?.[1] : undefined;
  return fromDetail ? [...fromErrors, fromDetail] : fromErrors;
}

function describe(expected: Expectation): string {
  return [
    String(expected.status),
    expected.problemType,
    expected.businessCode,
    expected.fieldErrorOn && `on ${expected.fieldErrorOn}`,
    expected.detail && `"${expected.detail}"`,
  ]
    .filter(Boolean)
    .join(' ');
}

function receivedOf(exchange: Exchange): unknown {
  const body = bodyObject(exchange);
  const { status } = exchange.response!;
  if (!body) return { status };
  const { type, detail, fieldErrors } = body;
  const businessCode = businessCodeIn(body)?.code;
  return Object.fromEntries(Object.entries({ status, type, businessCode, detail, fieldErrors }).filter(([, v]) => v !== undefined));
}

const show = (value: unknown) => (value === undefined ? 'none' : JSON.stringify(value));
