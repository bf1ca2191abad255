import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSandbox } from '../../sandbox/app';
import { runSuite, type SuiteRun } from './run-suite';

const failures = (run: SuiteRun) => run.tests.filter((t) => t.outcome === 'unexpected').map((t) => `${t.file} › ${t.title}: ${t.violations.join(', ')}`);

/**
 * The real sandbox is long-lived and shared: earlier runs' data stays, and other runs work in it at the same time.
 * One reference sandbox serves a whole run, then two more whole runs at once, all three with the same seed (so the same
 * generated mobiles, PANs and e-mails: the hardest case for a test that must find its own data). Every run must pass.
 */
test('two whole runs at once pass against one sandbox that already served a run with the same seed', async () => {
  const sandbox = buildSandbox();
  const url = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  // A remote environment, taken as shared (SHARED_ENVIRONMENT unset): what the whole tenant shares is left alone.
  const options = { port: 0, env: { BASE_URL: url, SHARED_ENVIRONMENT: '', SEED: '20261130' } };
  try {
    const earlier = await runSuite(options);
    assert.deepEqual(failures(earlier), [], 'the earlier run');
    const both = await Promise.all([runSuite(options), runSuite(options)]);
    for (const [i, run] of both.entries()) {
      assert.deepEqual(failures(run), [], `run ${i + 1} of the two at once`);
      assert.equal(run.exitCode, 0, run.stderr.trim().split('\n').slice(-3).join(' | '));
      assert.ok(run.tests.length > 900, 'a whole run');
    }
  } finally {
    await sandbox.close();
  }
});
