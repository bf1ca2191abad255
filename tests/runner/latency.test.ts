import assert from 'node:assert/strict';
import test from 'node:test';
import { ALPHA, MIN_GROWTH_MS, latencyOf, latencyMarkdown, mannWhitneyGreater, MIN_SAMPLES, slowdowns, summary } from '../../runner/latency';

/** A seeded generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Response times as a busy sandbox gives them: mostly 5–40 ms, a long tail, whole milliseconds (ties). */
const times = (next: () => number, n: number, extra = 0) => Array.from({ length: n }, () => Math.round(5 + 35 * next() + (next() < 0.05 ? 200 * next() : 0) + extra));
const run = (samples: Record<string, number[]>) => ({ tests: [{ exchanges: Object.entries(samples).flatMap(([operationId, ms]) => ms.map((durationMs) => ({ operationId, durationMs }))) }] });

test('a run reports count, p50, p95 and max per operation; notes without a time are left out', () => {
  assert.deepEqual(summary([30, 10, 20, 40, 1000]), { count: 5, p50: 30, p95: 1000, max: 1000 });
  const latency = latencyOf({ tests: [{ exchanges: [{ operationId: 'b', durationMs: 5 }, { operationId: 'a', durationMs: 7 }, { operationId: 'a' }] }] });
  assert.deepEqual(latency, { a: { count: 1, p50: 7, p95: 7, max: 7 }, b: { count: 1, p50: 5, p95: 5, max: 5 } });
  assert.match(latencyMarkdown(latency).join('\n'), /\| a \| 1 \| 7 \| 7 \| 7 \|/);
});

test('the rank test: a sample shifted up is significant, the same sample is not, ties count half', () => {
  assert.ok(mannWhitneyGreater([1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 12, 13, 14, 15, 16]) < 0.001);
  assert.ok(mannWhitneyGreater([9, 10, 11, 12, 13, 14, 15, 16], [1, 2, 3, 4, 5, 6, 7, 8]) > 0.99);
  assert.equal(mannWhitneyGreater([5, 5, 5, 5], [5, 5, 5, 5]), 1, 'all tied: no evidence');
  const p = mannWhitneyGreater([1, 2, 3, 4, 5], [3, 4, 5, 6, 7]);
  assert.ok(p > 0.02 && p < 0.1, `${p}: a small shift of five values each is not significant at ${ALPHA}`);
});

test('one operation slowed by 300 ms is flagged, and only it; ten pairs of runs of the same build flag nothing', () => {
  const next = random(20261205);
  const clean = () => run({ fetchCardBalance: times(next, 120), createCustomer: times(next, 300), markLien: times(next, 40) });
  const slowed = run({ fetchCardBalance: times(next, 120, 300), createCustomer: times(next, 300), markLien: times(next, 40) });
  const flagged = slowdowns(clean(), slowed);
  assert.deepEqual(flagged.map((s) => s.operationId), ['fetchCardBalance']);
  assert.ok(flagged[0].ratio > 5 && flagged[0].p < ALPHA);
  for (let i = 0; i < 10; i++) assert.deepEqual(slowdowns(clean(), clean()), [], `pair ${i + 1}`);
  const few = run({ markLien: times(next, MIN_SAMPLES - 1, 300) });
  assert.deepEqual(slowdowns(run({ markLien: times(next, MIN_SAMPLES - 1) }), few), [], 'too few exchanges say nothing');
  assert.deepEqual(slowdowns(run({ markLien: times(next, 200) }), run({ markLien: times(next, 200, 8) })), [], 'significant but under the ratio: not flagged');
  // What two real runs of the same build at once showed against the reference sandbox: a few ms, twice as many.
  const fast = (shift = 0) => run({ updateAlertConfig: Array.from({ length: 300 }, (_, i) => 3 + (i % 3) + shift) });
  assert.ok(slowdowns(fast(), fast(3), { minGrowthMs: 0 }).length === 1, 'without the floor, 4 → 7 ms is flagged');
  assert.deepEqual(slowdowns(fast(), fast(3)), [], `significant and over the ratio, but under ${MIN_GROWTH_MS} ms: not flagged`);
});
