/**
 * Which tests a planted fault can reach, from a run that recorded both sides: the X-Request-IDs of each test's
 * exchanges and, from the sandbox, the IDs of the requests that asked about each fault
 * (sandbox/faults/fault-consultations.ts). A test none of whose requests asked about a fault runs the same code with
 * and without it, so the proof need not run it against that fault.
 */
import { type ConsultationRecord, UNIDENTIFIED } from '../../sandbox/faults/fault-consultations';
import type { TestOutcome } from './run-suite';

/**
 * The tests one of whose requests asked about the fault. Every test when a request of no test asked (a worker's
 * token, the checks before the first test, a test that sent no X-Request-ID): what it answered may serve any test.
 */
export function testsReaching(fault: string, record: ConsultationRecord, tests: readonly TestOutcome[]): TestOutcome[] {
  const asked = new Set(record.faults[fault] ?? []);
  if (asked.size === 0) return [];
  const ofTests = new Set(tests.flatMap((test) => test.requestIds));
  if (asked.has(UNIDENTIFIED) || [...asked].some((id) => !ofTests.has(id))) return [...tests];
  return tests.filter((test) => test.requestIds.some((id) => asked.has(id)));
}
