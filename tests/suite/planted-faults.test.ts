import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { points } from '../../harness/interpretations';
import { loadEffectMatrices } from '../../harness/effects';
import { cellTests, loadMatrices, matrix, setupPath } from '../../harness/matrices';
import { observedInterpretations, proposedProfile } from '../../runner/interpretations-observed';
import { faults } from '../../sandbox/faults';
import { readings } from '../../sandbox/readings';
import type { CellTest, EffectCellTest, Fault } from '../../sandbox/faults/fault';
import { type ConsultationRecord, FaultConsultations } from '../../sandbox/faults/fault-consultations';
import { testsReaching } from './fault-reach';
import { failedCells, runSuite, type SuiteRun, type TestOutcome, violatedRequirements } from './run-suite';

/** `npm run test:full-proof`: every fault against the whole suite, as before tests were selected. */
const FULL_PROOF = process.env.FULL_PROOF === '1';
/** `PROOF_ONLY=<fault or reading>,… node --import tsx --test tests/suite/planted-faults.test.ts`: their proof alone, while working on them. */
const PROOF_ONLY = process.env.PROOF_ONLY?.split(',').filter(Boolean);

/** Every matrix test that runs: cells whose `from` is unreachable are skipped, so no fault can make them fail. */
const runnableCells: CellTest[] = loadMatrices().flatMap((matrix) =>
  cellTests(matrix)
    .filter(({ cell }) => setupPath(matrix, cell.from))
    .map(({ cell, outcome }) => ({ matrix: matrix.matrix, cell, actor: outcome.actor, status: outcome.status })),
);

/** Every status-effect test that runs (each as the partner), by the same rule. */
const runnableEffectCells: EffectCellTest[] = loadEffectMatrices().flatMap((effects) =>
  effects.cells.filter((cell) => setupPath(matrix(effects.transitions), cell.status)).map((cell) => ({ effects: effects.effects, cell })),
);

/** The cells a fault must make fail, as `<matrix> <cell ID> <actor>`, sorted like failedCells. */
function expectedCells(fault: Fault): string[] {
  return [
    ...runnableCells.filter((t) => fault.cells?.(t)).map((t) => `${t.matrix} ${t.cell.id} ${t.actor}`),
    ...runnableEffectCells.filter((t) => fault.effectCells?.(t)).map((t) => `${t.effects} ${t.cell.id} partner`),
  ].sort();
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

  for (const fault of faults.filter((f) => !PROOF_ONLY || PROOF_ONLY.includes(f.name))) {
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

  // Interpretation points (fixtures/interpretations.json): the sandbox can take the other documented side of each.
  const REFERENCE_PROFILE = join(import.meta.dirname, '..', '..', 'expectations', 'reference.json');
  const reference = Object.fromEntries([...points().values()].map((p) => [p.id, p.reference]));
  const calibrated = (tests: TestOutcome[]) => proposedProfile(observedInterpretations(points().values(), tests, {}));

  test('the clean run shows the reference side of every interpretation point (calibration reports what the sandbox takes)', { skip: FULL_PROOF }, () => {
    assert.deepEqual(calibrated(recorded), reference);
  });

  test('with no side picked, the suite passes against the sandbox on the other side of every point at once, and calibration reports those sides', { skip: PROOF_ONLY !== undefined }, async () => {
    const open = join(mkdtempSync(join(tmpdir(), 'open-profile-')), 'open.json');
    writeFileSync(open, JSON.stringify({ environment: 'open', deviations: [] }));
    const run = await runSuite({ readings: readings.map((r) => r.name), port: 0, inProcess: true, env: { EXPECTATIONS_FILE: open } });
    assert.equal(run.exitCode, 0, `failed: ${failures(run).slice(0, 5).join(' | ')}`);
    const otherSides = Object.fromEntries(readings.map((r) => r.name.split('=') as [string, string]));
    assert.deepEqual(calibrated(run.tests), otherSides);
  });

  for (const reading of readings.filter((r) => !PROOF_ONLY || PROOF_ONLY.includes(r.name))) {
    const [id] = reading.name.split('=');
    const { requirements } = points().get(id)!;
    test(`reading "${reading.name}": a profile picking the reference side fails exactly ${requirements.join(', ')}`, async () => {
      const only = FULL_PROOF ? undefined : testsReaching(reading.name, record, recorded);
      assert.ok(!only || only.length > 0, 'no test saw an answer of a request that asked about this reading');
      // In process, the suite sees a remote BASE_URL: name the reference sandbox's profile, which picks the reference sides.
      const run = await runSuite({ readings: [reading.name], port: 0, inProcess: true, only, keepWorkers: !FULL_PROOF, env: { EXPECTATIONS_FILE: REFERENCE_PROFILE } });
      if (only) assert.equal(run.tests.length, only.length, 'every selected test ran, and no other');
      assert.equal(run.exitCode, 1);
      assert.deepEqual(violatedRequirements(run), [...requirements].sort());
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
