import { createHash } from 'node:crypto';

/**
 * What a check reports. `kind` says whose fault it is: the contract (shape of any answer), a business rule
 * (the outcome a test expected), or the environment (it could not answer, so nothing was learned about the API).
 */
export type FindingKind = 'contract' | 'business' | 'environment';

/** One violation, in "received / documented" form so a report can show both sides. */
export interface Finding {
  /** The check that found it, e.g. `status_code_documented`, or `expected_outcome`. */
  check: string;
  /** The requirement ID it breaks (fixtures/requirements.json), or {@link ENVIRONMENT} for environment faults. */
  requirement: string;
  kind: FindingKind;
  /** One line, already masked. */
  message: string;
  received?: unknown;
  documented?: unknown;
  /**
   * Where in the answer, when the check can say it in words that do not change from test to test (a schema path, the
   * expectation missed, the value read back); see {@link whereOf}.
   */
  where?: string;
}

/** The requirement field of environment findings: they break no rule of the API. */
export const ENVIRONMENT = 'ENVIRONMENT';

/**
 * One defect, as the reports count them: the check that saw it, the operation and status it was seen on, and where
 * in the answer (a schema path, a business code, the expectation or read-back it missed). Many tests may see the
 * same defect (every test that creates a customer sees a broken createCustomer answer): they share its ID.
 */
export interface DefectKey {
  check: string;
  /** The operation of the exchange, or of the requirement when the finding is on a value read back. */
  operation: string;
  /** The HTTP status answered; undefined for a value read back. */
  status?: number;
  where: string;
}

/** What a test records of a finding it saw, already masked: the reports group these by `id`. */
export interface SeenFinding extends DefectKey {
  /** `F-` and 8 hex digits of the key: the same defect has the same ID in every test and every run. */
  id: string;
  requirement: string;
  kind: FindingKind;
  message: string;
  /**
   * True when a set-up step saw it (harness/verdicts/verify.ts, SetupOf) whose subject the test does not declare: the test is
   * then blocked by the finding, and its own rule was not judged.
   */
  setup: boolean;
  /**
   * True when its requirement cannot block certification (harness/verdicts/warnings.ts): the test that saw it went on, and it is
   * listed among the run's findings whether or not that test failed.
   */
  warning?: true;
  /** A masked curl line that replays the exchange it was seen on (for a value read back, the exchange it was read from). */
  curl?: string;
}

/**
 * Where a finding sits in the answer: what the check states, else a received value that names it (a status, a
 * business code, a content type), else nothing more than the check, operation and status.
 */
export function whereOf(finding: Finding): string {
  if (finding.where !== undefined) return finding.where;
  const { received } = finding;
  return typeof received === 'string' || typeof received === 'number' ? String(received) : '';
}

/** The ID of a defect: stable across tests and runs, so a regression diff can tell new defects from old ones. */
export function defectId(key: DefectKey): string {
  const text = [key.check, key.operation, key.status ?? '-', key.where].join(' | ');
  return `F-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
}
