import assert from 'node:assert/strict';
import test from 'node:test';
import { runSuite } from './run-suite';

test('the suite passes 100% against the clean reference sandbox', async () => {
  const run = await runSuite({ port: 4200 });
  assert.ok(run.tests.length > 0, `no test ran: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const notPassed = run.tests.filter((t) => t.outcome !== 'expected');
  assert.deepEqual(
    notPassed.map((t) => `${t.file}: ${t.title} (${t.outcome}; ${t.violations.join(', ')})`),
    [],
  );
  assert.equal(run.exitCode, 0);
});
