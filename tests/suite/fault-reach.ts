/**
 * Which tests a planted fault can reach, from one clean run that recorded both sides: the answers each test saw
 * (`<operationId> <status>` of its exchanges) and, from the sandbox, the answers of the requests that asked about
 * each fault (sandbox/faults/fault-consultations.ts). A test none of whose requests asked about a fault runs the
 * same code with and without it, so the proof need not run it against that fault.
 */
import type { ConsultationRecord } from '../../sandbox/faults/fault-consultations';
import type { TestOutcome } from './run-suite';

/**
 * The tests that saw an answer the fault was asked about. Every test when such an answer also went to a request
 * no test recorded (a worker's token, the reachability check): that request may serve any test.
 */
export function testsReaching(fault: string, record: ConsultationRecord, tests: readonly TestOutcome[]): TestOutcome[] {
  const answers = new Set(record.faults[fault] ?? []);
  const outside = answeredOutsideTests(record, tests);
  if ([...answers].some((answer) => outside.has(answer))) return [...tests];
  return tests.filter((test) => test.answers.some((answer) => answers.has(answer)));
}

/** Answers the sandbox gave more often than the tests recorded them. */
function answeredOutsideTests(record: ConsultationRecord, tests: readonly TestOutcome[]): Set<string> {
  const seen = new Map<string, number>();
  for (const answer of tests.flatMap((test) => test.answers)) seen.set(answer, (seen.get(answer) ?? 0) + 1);
  return new Set(Object.entries(record.answered).filter(([answer, count]) => count > (seen.get(answer) ?? 0)).map(([answer]) => answer));
}
