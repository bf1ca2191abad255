/**
 * `npm run bench [-- --no-proof] [--npm-test]`: what the suite costs on this machine, in one run, against a bare loop of the same
 * requests. It prints, for the reference sandbox directly and behind a latency proxy at 100 ms, with 2 and 8 workers,
 * the suite's time against the ideal (exchanges × latency ÷ concurrency), the suite's worker time per exchange against
 * the bare loop's, a run in which every test fails against a passing one, what a new worker after a failed test costs
 * where Playwright starts one, and the proof's time with its slowest ten faults; `--npm-test` also times npm test
 * three times and prints the median. Each run gets a fresh sandbox.
 * A benchmark prints figures; it asserts nothing, so it cannot flake.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { freePort } from './free-port';
import { bareLoop } from './bare-loop';
import { type PassedRequest, startLatencyProxy } from './latency-proxy';
import { type TimedRun, timedSuiteRun } from './suite-run';

const LATENCY_MS = 100;
const withProof = !process.argv.includes('--no-proof');
const seconds = (s: number) => `${s.toFixed(1)} s`;

/** A reference sandbox in a process of its own, as `npm run conformance` starts it. */
async function startSandbox(faults = ''): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn('node', ['--import', 'tsx', 'sandbox/main.ts', '--port', String(port)], { env: { ...process.env, SANDBOX_FAULTS: faults }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => String(chunk).includes('listening') && resolve());
    child.on('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** A suite run against `baseUrl` with `workers` workers, and the line that reports it against its ideal. */
async function suiteLine(label: string, baseUrl: string, workers: number, latencyMs: number): Promise<TimedRun> {
  const run = await timedSuiteRun(baseUrl, { WORKERS: String(workers) });
  const ideal = (run.exchanges * latencyMs) / 1000 / workers;
  const versus = latencyMs > 0 ? `, ideal ${seconds(ideal)} (${(run.seconds / ideal).toFixed(2)}× the ideal)` : '';
  console.log(`${label.padEnd(34)} ${seconds(run.seconds)}: ${run.tests} tests, ${run.failed} failed, ${run.exchanges} exchanges${versus}`);
  return run;
}

/** Runs `body` against a reference sandbox of its own, fresh: a sandbox that served earlier runs holds more data. */
async function withSandbox<T>(body: (url: string) => Promise<T>, faults = ''): Promise<T> {
  const sandbox = await startSandbox(faults);
  try {
    return await body(sandbox.url);
  } finally {
    sandbox.stop();
  }
}

console.log(`Benchmark on ${process.arch}, ${cpus().length} cores, Node ${process.version}`);
// The requests of one run, caught by a proxy that adds nothing, for the bare loop to replay; the timed runs go direct.
const requests: PassedRequest[] = [];
await withSandbox(async (url) => {
  const recorder = await startLatencyProxy(url, 0, requests);
  await timedSuiteRun(recorder.url, { WORKERS: '2' });
  await recorder.close();
});
const clean = await withSandbox((url) => suiteLine('suite, 0 ms, 2 workers', url, 2, 0));
const bare = await withSandbox((url) => bareLoop(url, requests, 2));
console.log(`${'bare fetch loop, 0 ms, 2 at a time'.padEnd(34)} ${seconds(bare)}: the same ${requests.length} requests`);
const perExchange = (s: number) => `${((s * 2 * 1000) / clean.exchanges).toFixed(1)} ms`;
console.log(`${'worker time per exchange'.padEnd(34)} suite ${perExchange(clean.seconds)}, bare loop ${perExchange(bare)}, overhead ${perExchange(clean.seconds - bare)}`);
await withSandbox((url) => suiteLine('suite, 0 ms, 8 workers', url, 8, 0));
for (const workers of [2, 8]) {
  await withSandbox(async (url) => {
    const remote = await startLatencyProxy(url, LATENCY_MS);
    await suiteLine(`suite, ${LATENCY_MS} ms, ${workers} workers`, remote.url, workers, LATENCY_MS);
    await remote.close();
  });
}

// A dead environment (a gateway that answers 502 to every call but the token's), against a passing run of the suite:
// the circuit breaker (harness/environment/circuit-breaker.ts) stops it once the environment is plainly down.
const failing = await withSandbox((url) => timedSuiteRun(url, { WORKERS: '2' }), 'environment-down');
console.log(
  `${'a dead environment, 2 workers'.padEnd(34)} ${seconds(failing.seconds)}: ${failing.failed} failed, ${failing.skipped} not run (${(failing.seconds / clean.seconds).toFixed(2)}× the passing run)`,
);

// What a failed test costs: the same tests, passing and then failing (card tracking behind a broken gateway).
// Playwright's own reporter only, so each failed test starts a new worker as without runner/kept-worker-failures.ts.
const only = ['--grep', 'trackCardDelivery', '--workers', '1', '--reporter=json'];
const pass = await withSandbox((url) => timedSuiteRun(url, {}, only));
const fail = await withSandbox((url) => timedSuiteRun(url, {}, only), 'gateway-502');
const perFailure = (fail.seconds - pass.seconds) / Math.max(fail.failed, 1);
console.log(`${'a new worker after a failed test'.padEnd(34)} ${perFailure.toFixed(2)} s each: ${pass.tests} tests in ${seconds(pass.seconds)} passing, ${seconds(fail.seconds)} with ${fail.failed} failing (1 worker)`);

if (withProof) {
  // The proof writes each fault's and reading's worker time (tests/suite/planted-faults.test.ts, PROOF_TIMINGS).
  const timings = join(tmpdir(), `proof-timings-${process.pid}.json`);
  const started = performance.now();
  const proof = spawnSync('node', ['--import', 'tsx', '--test', 'tests/suite/planted-faults.test.ts'], { encoding: 'utf8', env: { ...process.env, PROOF_TIMINGS: timings } });
  const summary = proof.stdout.split('\n').filter((line) => /^# (tests|pass|fail) /.test(line)).map((line) => line.slice(2)).join(', ');
  console.log(`${'the proof (planted-faults.test.ts)'.padEnd(34)} ${seconds((performance.now() - started) / 1000)}: ${summary}`);
  if (existsSync(timings)) {
    const byFault = Object.entries(JSON.parse(readFileSync(timings, 'utf8')) as Record<string, { seconds: number; tests: number }>);
    rmSync(timings, { force: true });
    console.log('  the slowest ten faults and readings, by the worker time of their tests:');
    for (const [name, { seconds: spent, tests }] of byFault.sort(([, a], [, b]) => b.seconds - a.seconds).slice(0, 10)) {
      console.log(`    ${name.padEnd(40)} ${seconds(spent)}, ${tests} tests`);
    }
  }
}

// `--npm-test`: npm test itself, three times; its median is the figure the project holds itself to.
if (process.argv.includes('--npm-test')) {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const run = spawnSync('npm', ['test'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    runs.push((performance.now() - started) / 1000);
    console.log(`${`npm test, run ${i + 1} of 3`.padEnd(34)} ${seconds(runs[i])}${run.status === 0 ? '' : ` (failed, exit ${run.status})`}`);
  }
  console.log(`${'npm test, median of 3'.padEnd(34)} ${seconds([...runs].sort((a, b) => a - b)[1])}`);
}
