import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { faults } from '../../sandbox/faults';
import { runSuite, violatedRequirements } from './run-suite';

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
      const brokenWithoutReason = run.tests.filter((t) => t.outcome === 'unexpected' && t.violations.length === 0 && t.environmentErrors.length === 0);
      assert.deepEqual(brokenWithoutReason.map((t) => t.title), [], 'tests failed without naming a violated requirement');
    });
  }
});
