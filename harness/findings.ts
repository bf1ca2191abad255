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
}

/** The requirement field of environment findings: they break no rule of the API. */
export const ENVIRONMENT = 'ENVIRONMENT';
