/**
 * Which answers each planted fault can change, learnt from one clean run: for every request, the operation, the
 * status it was answered with, and the faults the sandbox asked about while answering it. A fault changes nothing
 * in a request that never asks about it (the request runs the same code up to that question), so the proof
 * (tests/suite/planted-faults.test.ts) runs each fault against only the tests that saw one of its answers, the way
 * mutation-testing tools run only the tests that cover a mutant.
 */

/** `<operationId> <status>`, the grain at which tests and faults are matched; `-` for a request of no operation. */
export const answerKey = (operationId: string | undefined, status: number | undefined): string => `${operationId ?? '-'} ${status ?? 'no-response'}`;

export interface ConsultationRecord {
  /** Fault name → the answers (answerKey) of the requests that asked about it. */
  faults: Record<string, string[]>;
  /** Answer → how many requests the sandbox answered so: compared with what tests recorded, it shows requests made outside any test. */
  answered: Record<string, number>;
}

export class FaultConsultations {
  private readonly byFault = new Map<string, Set<string>>();
  private readonly answered = new Map<string, number>();

  record(operationId: string | undefined, status: number, consulted: Iterable<string>): void {
    const key = answerKey(operationId, status);
    this.answered.set(key, (this.answered.get(key) ?? 0) + 1);
    for (const name of consulted) {
      const keys = this.byFault.get(name) ?? new Set();
      keys.add(key);
      this.byFault.set(name, keys);
    }
  }

  toJSON(): ConsultationRecord {
    return {
      faults: Object.fromEntries([...this.byFault].map(([name, keys]) => [name, [...keys].sort()])),
      answered: Object.fromEntries(this.answered),
    };
  }
}
