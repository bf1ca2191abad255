import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type PassedRequest, startLatencyProxy } from '../../bench/latency-proxy';
import { INTERFERENCE } from '../../harness/data/alert-change';
import type { Certification } from '../../runner/certification';
import { MIN_SAMPLES, samplesByOperation, slowdowns } from '../../runner/latency';
import { buildSandbox } from '../../sandbox/app';
import { REJUDGED_DIR } from '../../runner/recorded-exchanges';
import { runConformance, runRejudge, runSuite, type SuiteRun, testKey } from './run-suite';

/** Which fifth of the tests a test is in, by its title path: the same in both runs. */
const fifthOf = (key: string) => [...key].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 1_000_003, 0) % 5;

type Timed = Parameters<typeof slowdowns>[0];

/** Failed tests with their violations and environment errors, but for another writer's interference (see below). */
const failures = (run: SuiteRun) =>
  run.tests
    .filter((t) => t.outcome === 'unexpected')
    .filter((t) => t.violations.length > 0 || !t.environmentErrors.every((e) => e.includes(INTERFERENCE)))
    .map((t) => `${t.file} › ${t.title}: ${[...t.violations, ...t.environmentErrors].join(', ')}`);

/**
 * The real sandbox is long-lived and shared: earlier runs' data stays, and other runs work in it at the same time.
 * One reference sandbox serves a whole certification run, then two more whole runs at once, all three with the same
 * seed (so the same generated mobiles, PANs and e-mails: the hardest case for a test that must find its own data).
 */
test('a correct shared environment is certified with the defaults, and two more whole runs at once against it report no violation', async () => {
  const sandbox = buildSandbox();
  const url = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  // A plain HTTP proxy of its own: the suite sees a BASE_URL, so a remote environment, with the reference credentials
  // (.env.reference, as CONFORMANCE_ENV is unset), and no profile (expectations/remote.json does not exist).
  const passed: PassedRequest[] = [];
  const proxy = await startLatencyProxy(url, 0, passed);
  const reports = mkdtempSync(join(tmpdir(), 'shared-certify-'));
  // SHARED_ENVIRONMENT unset: a remote environment is taken as shared, the default every certifier gets.
  const shared = { SHARED_ENVIRONMENT: '', EXPECTATIONS_FILE: '', SEED: '20261130', ALLURE_HTML: 'false' };
  try {
    // Two workers: this machine's two cores also serve the sandbox; the number says nothing about sharing.
    const certifying = await runConformance(reports, { ...shared, BASE_URL: proxy.url, WORKERS: '2' }, ['--certify']);
    const certification: Certification = JSON.parse(readFileSync(join(reports, 'certification', 'certification.json'), 'utf8'));
    assert.equal(certification.environment, 'remote', 'the suite took the proxy for a remote environment');
    assert.ok(passed.length > 1000, 'the run went through the proxy');
    assert.deepEqual(certification.blocking, [], 'nothing blocks certification');
    assert.equal(certification.verdict, 'CERTIFIED');
    assert.equal(certifying.status, 0, certifying.stderr.trim().split('\n').slice(-3).join(' | '));
    const alert = certification.requirements.find((r) => r.id === 'ALERT-001');
    assert.ok(alert && alert.verdict === 'held' && alert.tests > 0, `ALERT-001 is held, on a shared environment too: ${JSON.stringify(alert)}`);
    // Its recording judged again, in a process that any socket ends (tests/suite/no-network.ts): the same certification.
    const rejudge = await runRejudge(reports);
    assert.equal(rejudge.status, 0, rejudge.stderr.trim());
    const again: Certification = JSON.parse(readFileSync(join(reports, REJUDGED_DIR, 'certification', 'certification.json'), 'utf8'));
    assert.deepEqual([again.verdict, again.requirements, again.tests], [certification.verdict, certification.requirements, certification.tests]);
    assert.ok((again.rejudged?.exchanges ?? 0) > 1000, 'every exchange of the run was judged again');

    // Two runs at once change the corporate's one alert configuration at once: each may see the other's write, which
    // the suite must call interference (an environment error), never a violation. Everything else must pass.
    const both = await Promise.all([runSuite({ port: 0, env: { ...shared, BASE_URL: url } }), runSuite({ port: 0, env: { ...shared, BASE_URL: url } })]);
    for (const [i, run] of both.entries()) {
      assert.deepEqual(failures(run), [], `run ${i + 1} of the two at once`);
      const interfered = run.tests.filter((t) => t.outcome === 'unexpected');
      assert.equal(run.exitCode, interfered.length > 0 ? 1 : 0, run.stderr.trim().split('\n').slice(-3).join(' | '));
      assert.ok(run.tests.length > 900, 'a whole run');
    }
    // The same build run twice, at once, against the same environment: the regression diff flags no operation slower,
    // either way round (runner/latency.ts; planted-faults.test.ts proves that a planted slowdown is flagged).
    const [first, second] = both;
    const flagged = (a: Timed, b: Timed) => slowdowns(a, b).map((s) => `${s.operationId} ${s.before.p50} → ${s.after.p50} ms (×${s.ratio.toFixed(2)}, p=${s.p.toExponential(1)})`);
    assert.deepEqual([...flagged(first, second), ...flagged(second, first)], [], 'the same build twice: no operation flagged slower');
    // Ten repetitions from the same pair, not ten more pairs (a whole run costs about twenty seconds): the tests split
    // five ways by title, each fifth of one run against the same fifth of the other, both ways round.
    const fifth = (run: SuiteRun, i: number) => ({ tests: run.tests.filter((t) => fifthOf(testKey(t)) === i) });
    for (let i = 0; i < 5; i++) {
      const [one, other] = [fifth(first, i), fifth(second, i)];
      const otherSamples = samplesByOperation(other);
      const compared = [...samplesByOperation(one)].filter(([op, values]) => values.length >= MIN_SAMPLES && (otherSamples.get(op)?.length ?? 0) >= MIN_SAMPLES);
      assert.ok(compared.length >= 10, `fifth ${i + 1}: only ${compared.length} operations with enough exchanges in both runs to compare`);
      assert.deepEqual([...flagged(one, other), ...flagged(other, one)], [], `fifth ${i + 1} of the tests, both ways round`);
    }
  } finally {
    await proxy.close();
    await sandbox.close();
    rmSync(reports, { recursive: true, force: true });
  }
});
