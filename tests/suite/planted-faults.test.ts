import assert from 'node:assert/strict';
import test from 'node:test';
import { faults } from '../../sandbox/faults';
import { runSuite, violatedRequirements } from './run-suite';

/**
 * The suite's proof: each planted fault of the reference sandbox makes the suite fail, and fail on exactly
 * the requirements that fault breaks (its `trips`), no fewer (the check works) and no more (the check is precise).
 */
for (const [index, fault] of faults.entries()) {
  test(`planted fault "${fault.name}" fails exactly ${fault.trips.join(', ')}`, async () => {
    const run = await runSuite({ faults: [fault.name], port: 4300 + index });
    assert.ok(run.tests.length > 0, `no test ran: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    assert.notEqual(run.exitCode, 0, 'the suite passed with the fault planted');
    assert.deepEqual(violatedRequirements(run), [...fault.trips].sort());
    const brokenWithoutReason = run.tests.filter((t) => t.outcome === 'unexpected' && t.violations.length === 0);
    assert.deepEqual(brokenWithoutReason.map((t) => t.title), [], 'tests failed without naming a violated requirement');
  });
}
