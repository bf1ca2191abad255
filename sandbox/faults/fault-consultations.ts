/**
 * Which requests each planted fault can change, learnt from a run: for every request that asked about faults, its
 * X-Request-ID and the faults the sandbox asked about while answering it. A fault changes nothing in a request that
 * never asks about it (the request runs the same code up to that question), so the proof
 * (tests/suite/planted-faults.test.ts) runs each fault against only the tests whose requests asked about it, the way
 * mutation-testing tools run only the tests that cover a mutant.
 */

/** What stands for a request without an X-Request-ID (a worker's token, the checks before the first test). */
export const UNIDENTIFIED = '-';

export interface ConsultationRecord {
  /** Fault name → the X-Request-IDs of the requests that asked about it ({@link UNIDENTIFIED} for one without). */
  faults: Record<string, string[]>;
}

export class FaultConsultations {
  private readonly byFault = new Map<string, Set<string>>();

  record(requestId: string | undefined, consulted: Iterable<string>): void {
    for (const name of consulted) {
      const ids = this.byFault.get(name) ?? new Set();
      ids.add(requestId || UNIDENTIFIED);
      this.byFault.set(name, ids);
    }
  }

  toJSON(): ConsultationRecord {
    return { faults: Object.fromEntries([...this.byFault].map(([name, ids]) => [name, [...ids].sort()])) };
  }
}
