/**
 * A known deviation: an entry of an environment's profile (expectations/<environment>.json, harness/profile/) that
 * excuses a rule the environment is known to break, with its reason and until when.
 */
export interface Deviation {
  /** A requirement, matrix cell or limit row ID; with `operation`, the requirement of a check of every exchange. */
  id: string;
  /** An operationId of the contract: the entry excuses that check's findings on its exchanges, not whole tests. */
  operation?: string;
  /** With `operation` only: the HTTP status of the answers it excuses; every status when omitted. */
  status?: number;
  reason: string;
  /** yyyy-MM-dd: from this day on the entry no longer applies. */
  expires?: string;
}

/** True from the entry's `expires` day on: it then excuses nothing. */
export function expired(deviation: Pick<Deviation, 'expires'>, today: string): boolean {
  return deviation.expires !== undefined && deviation.expires <= today;
}

/** Today as yyyy-MM-dd, in UTC, as `expires` is compared. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
