import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { points } from '../../harness/verdicts/interpretations';
import { loadEffectMatrices } from '../../harness/matrices/effects';
import { cellTests, loadMatrices, matrix, setupPath } from '../../harness/matrices/matrices';
import { observedInterpretations, proposedProfile } from '../../runner/interpretations-observed';
import { faults } from '../../sandbox/faults';
import { readings } from '../../sandbox/readings';
import type { CellTest, EffectCellTest, Fault } from '../../sandbox/faults/fault';
import { type ConsultationRecord, FaultConsultations } from '../../sandbox/faults/fault-consultations';
import { slowdowns } from '../../runner/latency';
import { testsReaching } from './fault-reach';
import { failedCells, runBatch, runSuite, type SuiteRun, testKey, type TestOutcome, violatedRequirements } from './run-suite';

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

/** The reference sandbox's profile, which picks the reference side of every point. */
const REFERENCE_PROFILE = join(import.meta.dirname, '..', '..', 'expectations', 'reference.json');

/** The suite's verdict on a fault, to compare runs of it. */
const failures = (run: SuiteRun) =>
  run.tests.filter((t) => t.outcome === 'unexpected').map((t) => `${t.file} › ${t.title}: ${[...t.violations, ...t.environmentErrors].join(', ')}`).sort();

/**
 * Faults whose proof run is compared with the whole suite, one of each way a fault plants itself: a rewrite, a switch
 * in a business rule, a request-validation waiver, a switch in the token guard, and state shared between tenants.
 */
const SAMPLE = ['tracking-wrong-kit', 'lien-not-held', 'mobile-unchecked', 'expired-token-accepted', 'tenant-data-shared'];

/**
 * The one whole-suite run with every sampled fault planted at once: five whole runs cost about four more. It stands
 * for each fault's own whole run because no test's request asked about two of them (checked below): the failures of
 * the whole run must then be exactly those of the five selections together, a test no selection holds failing nowhere.
 */
const WHOLE_SAMPLES = 'whole run with the sampled faults';
/**
 * A latency fault runs this many of its selected tests: it changes no answer, and each of its exchanges waits (300 ms
 * on each of 122 tests took 79 s of a worker); twenty tests give the rank test samples enough.
 */
const LATENCY_TESTS = 20;

/**
 * The suite's proof: each planted fault of the reference sandbox makes the suite fail, and fail on exactly
 * the requirements that fault breaks (its `trips`), no fewer (the check works) and no more (the check is precise).
 * Each fault runs only the tests it can reach (tests/suite/fault-reach.ts), learnt from one clean recording run.
 * The faults run side by side in one Playwright run, each against a sandbox of its own, their tests packed into lanes
 * (runBatch, tests/suite/lanes.ts), and so do the readings: a Playwright run per fault paid a start of its own, most of
 * a small fault's time, and a project per fault a worker start.
 */
describe('planted faults', () => {
  let record: ConsultationRecord;
  let recorded: TestOutcome[];
  /** Each fault's run and each reading's, by name; the sampled faults' whole-suite run as {@link WHOLE_SAMPLES}. */
  const proved = new Map<string, SuiteRun>();
  /** A sampled fault's selected tests, with a new worker after each failed test. */
  let restarting = new Map<string, SuiteRun>();
  const provedFaults = faults.filter((f) => !PROOF_ONLY || PROOF_ONLY.includes(f.name));
  const provedReadings = readings.filter((r) => !PROOF_ONLY || PROOF_ONLY.includes(r.name));
  const samples = FULL_PROOF || PROOF_ONLY ? [] : SAMPLE;
  const selection = (name: string) => (FULL_PROOF ? undefined : testsReaching(name, record, recorded));

  before(async () => {
    if (!FULL_PROOF) {
      const consultations = new FaultConsultations();
      const clean = await runSuite({ port: 0, inProcess: true, consultations, env: { WORKERS: '2' } });
      assert.equal(clean.exitCode, 0, `the recording run failed against the clean sandbox: ${clean.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      record = consultations.toJSON();
      recorded = clean.tests;
    }
    // The full proof runs, as before tests were selected, with a new worker after each failed test.
    const keepWorkers = !FULL_PROOF;
    const faultRuns = await runBatch(
      [
        ...provedFaults.map((fault) => ({ name: fault.name, faults: [fault.name], only: fault.slow ? selection(fault.name)?.slice(0, LATENCY_TESTS) : selection(fault.name) })),
        ...(samples.length > 0 ? [{ name: WHOLE_SAMPLES, faults: samples }] : []),
      ],
      { keepWorkers },
    );
    // In process, the suite sees a remote BASE_URL: name the reference sandbox's profile, which picks the reference sides.
    const readingRuns = await runBatch(
      provedReadings.map((reading) => ({ name: reading.name, readings: [reading.name], only: selection(reading.name) })),
      { keepWorkers, env: { EXPECTATIONS_FILE: REFERENCE_PROFILE } },
    );
    for (const runs of [faultRuns, readingRuns]) for (const [name, run] of runs) proved.set(name, run);
    if (samples.length > 0) restarting = await runBatch(samples.map((name) => ({ name, faults: [name], only: selection(name) })));
    // npm run bench asks where the proof's time goes: each fault's and reading's tests, in seconds of worker time.
    if (process.env.PROOF_TIMINGS) {
      const seconds = (run: SuiteRun) => run.tests.reduce((sum, t) => sum + t.durationMs, 0) / 1000;
      writeFileSync(process.env.PROOF_TIMINGS, JSON.stringify(Object.fromEntries([...proved].map(([name, run]) => [name, { seconds: seconds(run), tests: run.tests.length }]))));
    }
  });

  for (const fault of provedFaults) {
    // A sequence fault that no cell or row test catches (no `trips`) is the exploration's to find (exploration.test.ts):
    // here the suite must pass with it planted, which is what the proof reports of it.
    const missed = fault.sequence !== undefined && fault.trips.length === 0;
    const claim = fault.environment
      ? 'is reported as an environment error, not a violation'
      : fault.slow
        ? `fails no test, and the regression diff flags ${fault.slow.operationId}, and only it, slower than the recording run`
        : missed ? 'is missed by every cell and row test (only the exploration finds it)' : `fails exactly ${fault.trips.join(', ')}`;
    test(`planted fault "${fault.name}" ${claim}`, () => {
      const only = selection(fault.name);
      const run = proved.get(fault.name)!;
      if (fault.slow) {
        assert.ok(run.tests.length > 0, `no test ran: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
        assert.deepEqual(failures(run), [], 'a latency fault changes no answer');
        // The same tests' answers in the clean recording run against this run's (other tests call an operation in other
        // ways: bad input answers faster), by the rank test and the median's ratio (runner/latency.ts).
        const ran = new Set(run.tests.map(testKey));
        const clean = recorded.filter((t) => ran.has(testKey(t)));
        assert.deepEqual(slowdowns({ tests: clean }, { tests: run.tests }).map((s) => s.operationId), [fault.slow.operationId]);
        return;
      }
      if (missed) {
        if (only) assert.equal(run.tests.length, only.length, 'every selected test ran, and no other');
        assert.deepEqual(failures(run), [], 'tests that catch the fault: name their requirements in its trips');
        return;
      }
      assert.ok(!only || only.length > 0, 'no test saw an answer of a request that asked about this fault: nothing can prove it');
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

  // The recording run is the suite's run against the clean sandbox: it must pass, and it is checked here once.
  test('the suite passes 100% against the clean reference sandbox; only cells of unreachable statuses, and activation where cards are issued ACTIVE, are skipped', { skip: FULL_PROOF }, () => {
    const notPassed = recorded.filter((t) => t.outcome !== 'expected' && !(t.outcome === 'skipped' && t.unreachable));
    assert.deepEqual(notPassed.map((t) => `${t.file}: ${t.title} (${t.outcome}; ${t.violations.join(', ')})`), []);
    assert.deepEqual(recorded.filter((t) => t.unreachable).map((t) => t.matrixCell ?? t.title).sort(), [
      'a newly issued ALLOCATED card activates: 200 "Card Activated Successfully", and a later read returns ACTIVE',
      'card-status CARD-CELL-010 partner', 'card-status CARD-CELL-011 partner', 'card-status CARD-CELL-012 partner',
      'card-status CARD-CELL-013 partner', 'card-status CARD-CELL-014 partner', 'card-status CARD-CELL-015 partner',
      'card-status CARD-CELL-016 partner', 'card-status CARD-CELL-017 partner', 'card-status CARD-CELL-018 partner',
    ]);
  });

  // Interpretation points (fixtures/interpretations.json): the sandbox can take the other documented side of each.
  const reference = Object.fromEntries([...points().values()].map((p) => [p.id, p.reference]));
  const calibrated = (tests: TestOutcome[]) => proposedProfile(observedInterpretations(points().values(), tests, {}));

  test('the clean run shows the reference side of every interpretation point (calibration reports what the sandbox takes)', { skip: FULL_PROOF }, () => {
    assert.deepEqual(calibrated(recorded), reference);
  });

  test('with no side picked, the suite passes against the sandbox on the other side of every point at once, and calibration reports those sides', { skip: PROOF_ONLY !== undefined }, async () => {
    const open = join(mkdtempSync(join(tmpdir(), 'open-profile-')), 'open.json');
    writeFileSync(open, JSON.stringify({ environment: 'open', deviations: [] }));
    const run = await runSuite({ readings: readings.map((r) => r.name), port: 0, inProcess: true, env: { EXPECTATIONS_FILE: open, WORKERS: '2' } });
    assert.equal(run.exitCode, 0, `failed: ${failures(run).slice(0, 5).join(' | ')}`);
    const otherSides = Object.fromEntries(readings.map((r) => r.name.split('=') as [string, string]));
    assert.deepEqual(calibrated(run.tests), otherSides);
  });

  for (const reading of provedReadings) {
    const [id] = reading.name.split('=');
    const { requirements } = points().get(id)!;
    test(`reading "${reading.name}": a profile picking the reference side fails exactly ${requirements.join(', ')}`, () => {
      const only = selection(reading.name);
      assert.ok(!only || only.length > 0, 'no test saw an answer of a request that asked about this reading');
      const run = proved.get(reading.name)!;
      if (only) assert.equal(run.tests.length, only.length, 'every selected test ran, and no other');
      assert.equal(run.exitCode, 1);
      assert.deepEqual(violatedRequirements(run), [...requirements].sort());
    });
  }

  // Two shortcuts, each checked on its own: the selected tests fail as the whole suite does, and a run whose failed
  // tests keep their workers fails as one where Playwright starts a new worker after each (both on the selected tests).
  test(`the tests selected for the sampled faults (${SAMPLE.join(', ')}) fail exactly as the whole suite does with them planted`, { skip: samples.length === 0 }, () => {
    const selections = samples.map((name) => new Set(selection(name)!.map(testKey)));
    const shared = selections.flatMap((one, i) => selections.slice(i + 1).flatMap((other) => [...one].filter((test) => other.has(test))));
    assert.deepEqual(shared, [], 'tests selected for two sampled faults: one whole run cannot stand for each fault alone');
    const whole = proved.get(WHOLE_SAMPLES)!;
    const selected = samples.map((name) => proved.get(name)!);
    assert.ok(whole.tests.length > selected.reduce((sum, run) => sum + run.tests.length, 0), 'the selections ran fewer tests than the whole suite');
    assert.deepEqual(failures(whole), selected.flatMap(failures).sort(), 'the selected tests against the whole suite');
  });

  for (const name of samples) {
    test(`the tests selected for "${name}" fail alike whether failed tests keep their workers`, () => {
      const [selected, restarted] = [proved.get(name)!, restarting.get(name)!];
      assert.deepEqual(failures(restarted), failures(selected), 'new workers after failures against kept workers');
      assert.deepEqual([selected.exitCode, restarted.exitCode], [1, 1]);
    });
  }
});
