import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { cellTests, loadMatrices, setupPath } from '../../harness/matrices';
import { faults } from '../../sandbox/faults';
import type { CellTest, Fault } from '../../sandbox/faults/fault';
import { type ConsultationRecord, FaultConsultations } from '../../sandbox/faults/fault-consultations';
import { testsReaching } from './fault-reach';
import { failedCells, runSuite, type SuiteRun, type TestOutcome, violatedRequirements } from './run-suite';

/** `npm run test:full-proof`: every fault against the whole suite, as before tests were selected. */
const FULL_PROOF = process.env.FULL_PROOF === '1';

/** Every matrix test that runs: cells whose `from` is unreachable are skipped, so no fault can make them fail. */
const runnableCells: CellTest[] = loadMatrices().flatMap((matrix) =>
  cellTests(matrix)
    .filter(({ cell }) => setupPath(matrix, cell.from))
    .map(({ cell, outcome }) => ({ matrix: matrix.matrix, cell, actor: outcome.actor, status: outcome.status })),
);

/** The cells a fault must make fail, as `<matrix> <cell ID> <actor>`, sorted like failedCells. */
function expectedCells(fault: Fault): string[] {
  return runnableCells.filter((t) => fault.cells?.(t)).map((t) => `${t.matrix} ${t.cell.id} ${t.actor}`).sort();
}

/** The suite's verdict on a fault, to compare runs of it. */
const failures = (run: SuiteRun) =>
  run.tests.filter((t) => t.outcome === 'unexpected').map((t) => `${t.file} › ${t.title}: ${[...t.violations, ...t.environmentErrors].join(', ')}`).sort();

/**
 * Faults whose proof run is compared with the whole suite, one of each way a fault plants itself: a rewrite, a switch
 * in a business rule, a request-validation waiver, a switch in the token guard, and state shared between tenants.
 */
const SAMPLE = ['tracking-wrong-kit', 'lien-not-held', 'mobile-unchecked', 'expired-token-accepted', 'tenant-data-shared'];

/**
 * The suite's proof: each planted fault of the reference sandbox makes the suite fail, and fail on exactly
 * the requirements that fault breaks (its `trips`), no fewer (the check works) and no more (the check is precise).
 * Each fault runs only the tests it can reach (tests/suite/fault-reach.ts), learnt from one clean recording run.
 */
// Two runs at a time, one worker each: a run spends much of its time starting up, so two overlap well on two cores.
describe('planted faults', { concurrency: 2 }, () => {
  let record: ConsultationRecord;
  let recorded: TestOutcome[];
  before(async () => {
    if (FULL_PROOF) return;
    const consultations = new FaultConsultations();
    const clean = await runSuite({ port: 0, inProcess: true, consultations });
    assert.equal(clean.exitCode, 0, `the recording run failed against the clean sandbox: ${clean.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    record = consultations.toJSON();
    recorded = clean.tests;
  });
  const reached = (fault: Fault) => (FULL_PROOF ? undefined : testsReaching(fault.name, record, recorded));

  for (const fault of faults) {
    const claim = fault.environment ? 'is reported as an environment error, not a violation' : `fails exactly ${fault.trips.join(', ')}`;
    test(`planted fault "${fault.name}" ${claim}`, async () => {
      const only = reached(fault);
      assert.ok(!only || only.length > 0, 'no test saw an answer of a request that asked about this fault: nothing can prove it');
      const run = await runSuite({ faults: [fault.name], port: 0, inProcess: true, only, keepWorkers: !FULL_PROOF });
      assert.ok(run.tests.length > 0, `no test ran: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      if (only) assert.equal(run.tests.length, only.length, 'every selected test ran, and no other');
      assert.notEqual(run.exitCode, 0, 'the suite passed with the fault planted');
      if (fault.environment) {
        const failed = run.tests.filter((t) => t.outcome === 'unexpected');
        assert.deepEqual(failed.filter((t) => t.environmentErrors.length === 0).map((t) => t.title), [], 'failures not reported as environment errors');
      }
      assert.deepEqual(violatedRequirements(run), [...fault.trips].sort());
      assert.deepEqual(failedCells(run), expectedCells(fault), 'the matrix cells that failed');
      const brokenWithoutReason = run.tests.filter((t) => t.outcome === 'unexpected' && t.violations.length === 0 && t.environmentErrors.length === 0);
      assert.deepEqual(brokenWithoutReason.map((t) => t.title), [], 'tests failed without naming a violated requirement');
    });
  }

  for (const name of FULL_PROOF ? [] : SAMPLE) {
    // Two shortcuts, each checked on its own: the selected tests fail as the whole suite does, and a run whose failed
    // tests keep their workers fails as one where Playwright starts a new worker after each (both on the selected tests).
    test(`the tests selected for "${name}" fail exactly as the whole suite does, and alike whether failed tests keep their workers`, async () => {
      const only = reached(faults.find((f) => f.name === name)!);
      const selected = await runSuite({ faults: [name], port: 0, inProcess: true, only, keepWorkers: true });
      const whole = await runSuite({ faults: [name], port: 0, inProcess: true, keepWorkers: true });
      const restarting = await runSuite({ faults: [name], port: 0, inProcess: true, only });
      assert.ok(whole.tests.length > selected.tests.length, 'the selection ran fewer tests than the whole suite');
      assert.deepEqual(failures(selected), failures(whole), 'the selected tests against the whole suite');
      assert.deepEqual(failures(restarting), failures(selected), 'new workers after failures against kept workers');
      assert.deepEqual([selected.exitCode, restarting.exitCode], [1, 1]);
    });
  }
});
