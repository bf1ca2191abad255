import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { requirements } from '../../harness/reporting/requirements';
import { certify } from '../../runner/certification';
import { CHECKED_ON_EVERY_EXCHANGE } from '../../runner/requirement-verdicts';
import { verifyManifest } from '../../runner/manifest';
import { diffRuns } from '../../runner/run-diff';
import { RUN_RESULTS_FORMAT, type RunResults, runTestsFrom, testName } from '../../runner/run-results';
import { faults } from '../../sandbox/faults';
import { freePort, runSuite, violatedRequirements } from './run-suite';

/** Two spec files with a MUST rule (liens) and SHOULD rules (alert threshold and recipients). */
const SPECS = ['specs/wallet/lien.limits.spec.ts', 'specs/corporate-alert/update-alert.spec.ts'];

async function runOf(fault?: string): Promise<{ run: RunResults; violated: string[] }> {
  const suite = await runSuite({ faults: fault ? [fault] : [], port: await freePort(), inProcess: true, args: SPECS });
  assert.ok(suite.report, `no report: ${suite.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const run: RunResults = {
    format: RUN_RESULTS_FORMAT, environment: 'reference', baseUrl: 'http://127.0.0.1', tenant: 'XXXXXCORP', suiteVersion: '0', commit: 'c',
    contractHash: 'h', catalogueVersion: 'v', seed: 's', startedAt: '', finishedAt: '', tests: runTestsFrom(suite.report as never),
  };
  return { run, violated: violatedRequirements(suite) };
}

/** The catalogue as far as these specs reach: the requirements their titles name, and the checks of every exchange. */
function reachedCatalogue(run: RunResults) {
  const named = new Set([...run.tests.flatMap((t) => t.ids), ...CHECKED_ON_EVERY_EXCHANGE]);
  return [...requirements.values()].filter((r) => named.has(r.id));
}

describe('reports built from real runs against the reference sandbox', { concurrency: 1 }, () => {
  test('certification flips on a planted MUST fault and not on a SHOULD one; the diff lists exactly the fault\'s failures', async () => {
    const clean = await runOf();
    const must = await runOf('lien-above-balance');
    const should = await runOf('alert-threshold-unchecked');
    const catalogue = reachedCatalogue(clean.run);
    assert.equal(requirements.get('WALLET-LIEN-004')?.level, 'MUST');
    assert.equal(requirements.get('ALERT-003')?.level, 'SHOULD');

    // WALLET-LIEN-004 rests on inference: it blocks once the profile confirms it, and is only unconfirmed before.
    const confirming = { deviations: [], confirms: ['WALLET-LIEN-004'] };
    assert.equal(certify(clean.run, catalogue, confirming, {}).verdict, 'CERTIFIED');
    const mustVerdict = certify(must.run, catalogue, confirming, {});
    assert.deepEqual([mustVerdict.verdict, mustVerdict.blocking.map((b) => b.id)], ['NOT CERTIFIED', ['WALLET-LIEN-004']]);
    const unconfirmed = certify(must.run, catalogue, { deviations: [], confirms: [] }, {});
    assert.deepEqual([unconfirmed.verdict, unconfirmed.unconfirmed.map((u) => u.id)], ['CERTIFIED', ['WALLET-LIEN-004']]);
    const shouldVerdict = certify(should.run, catalogue, confirming, {});
    assert.deepEqual([shouldVerdict.verdict, shouldVerdict.warnings.map((w) => w.id)], ['CERTIFIED', ['ALERT-003']]);

    for (const faulted of [must, should]) {
      const diff = diffRuns(clean.run, faulted.run);
      const failing = faulted.run.tests.filter((t) => t.outcome === 'failed').map(testName);
      assert.ok(failing.length > 0);
      assert.deepEqual(diff.newFailures.map((c) => c.title), failing);
      assert.deepEqual([diff.fixed, diff.changedOutcomes, diff.added, diff.removed], [[], [], [], []]);
    }
    assert.deepEqual(must.violated, [...faults.find((f) => f.name === 'lien-above-balance')!.trips]);
  });

  test('two shards merged give the same results as one run and the same reports; a partial certification and a baseline diff from the CLI', async () => {
    const dirs = { whole: mkdtempSync(join(tmpdir(), 'whole-')), sharded: mkdtempSync(join(tmpdir(), 'sharded-')) };
    try {
      // As a user runs them: each run starts its own reference sandbox (on a free port).
      const cli = async (dir: string, args: string[], status = 0) => {
        const port = String(await freePort());
        const run = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
          encoding: 'utf8',
          env: { ...process.env, CI: '', CONFORMANCE_ENV: '', BASE_URL: '', REPORTS_DIR: dir, WORKERS: '1', SANDBOX_PORT: port },
        });
        assert.equal(run.status, status, `${args.join(' ')}: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ')}`);
      };
      // Certification of part of the suite writes its bundle and says NOT CERTIFIED: the rest was not tried.
      await cli(dirs.whole, ['runner/conformance.ts', '--certify', ...SPECS], 1);
      const bundle = join(dirs.whole, 'certification');
      assert.deepEqual(verifyManifest(bundle), []);
      const certification = JSON.parse(readFileSync(join(bundle, 'certification.json'), 'utf8'));
      assert.equal(certification.verdict, 'NOT CERTIFIED');
      assert.ok(certification.blocking.every((b: { verdict: string }) => b.verdict === 'not-tried'));
      assert.deepEqual(readdirSync(bundle).sort(), ['MANIFEST.sha256', 'certification.html', 'certification.json', 'certification.md', 'coverage.json', 'coverage.md', 'findings.md', 'junit.xml', 'run-results.json']);
      await cli(dirs.sharded, ['runner/conformance.ts', '--shard=1/2', ...SPECS]);
      await cli(dirs.sharded, ['runner/conformance.ts', '--shard=2/2', ...SPECS]);
      await cli(dirs.sharded, ['runner/merge-shards.ts', '--baseline', dirs.whole]);
      assert.match(readFileSync(join(dirs.sharded, 'regression.md'), 'utf8'), /## New failures \(0\)/);
      const outcomes = (dir: string) =>
        (JSON.parse(readFileSync(join(dir, 'run-results.json'), 'utf8')) as RunResults).tests.map((t) => `${t.title}: ${t.outcome}`).sort();
      const whole = outcomes(dirs.whole);
      assert.ok(whole.length > 20);
      assert.deepEqual(outcomes(dirs.sharded), whole);
      const coverage = (dir: string) => JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')).totals;
      assert.deepEqual(coverage(dirs.sharded), coverage(dirs.whole));
      const allureTests = (dir: string) => readdirSync(join(dir, 'allure-results')).filter((f) => f.endsWith('-result.json')).length;
      assert.equal(allureTests(dirs.sharded), allureTests(dirs.whole));
    } finally {
      rmSync(dirs.whole, { recursive: true, force: true });
      rmSync(dirs.sharded, { recursive: true, force: true });
    }
  });
});
