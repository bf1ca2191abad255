import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cellTests, loadMatrices, setupPath } from '../../harness/matrices';
import { faults } from '../../sandbox/faults';
import type { CellTest, Fault } from '../../sandbox/faults/fault';
import { failedCells, runSuite, violatedRequirements } from './run-suite';

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

/**
 * The suite's proof: each planted fault of the reference sandbox makes the suite fail, and fail on exactly
 * the requirements that fault breaks (its `trips`), no fewer (the check works) and no more (the check is precise).
 */
// Two runs at a time, one worker each: a run spends much of its time starting up, so two overlap well on two cores.
describe('planted faults', { concurrency: 2 }, () => {
  for (const [index, fault] of faults.entries()) {
    const claim = fault.environment ? 'is reported as an environment error, not a violation' : `fails exactly ${fault.trips.join(', ')}`;
    test(`planted fault "${fault.name}" ${claim}`, async () => {
      const run = await runSuite({ faults: [fault.name], port: 4300 + index, inProcess: true });
      assert.ok(run.tests.length > 0, `no test ran: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
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
});
