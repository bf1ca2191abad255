/**
 * Response times per operation, from the exchange notes of run-results.json (`ms:`): what each run reports (count,
 * p50, p95, max), and what the regression diff flags between two runs. An operation is flagged slower only when both
 * hold: a one-sided Mann–Whitney U test over the two samples finds the later one larger at {@link ALPHA} (a rank test:
 * it assumes no distribution, and one slow outlier moves it little), and the median grew by at least {@link RATIO}
 * and by at least {@link MIN_GROWTH_MS} (a real but small slowdown of a busy machine is not a regression a partner
 * feels). Any one alone flags noise.
 */

/** What latency is read from: a run's tests and their exchange notes (run-results.json). */
interface Timed {
  tests: readonly { exchanges: readonly { operationId: string; durationMs?: number }[] }[];
}

/** The significance of the rank test: at most one false flag in a hundred operations compared. */
export const ALPHA = 0.01;
/** How much the median must grow to be flagged. */
export const RATIO = 1.5;
/**
 * How many milliseconds the median must grow by, too. Two whole runs of the same build at once against the reference
 * sandbox, whose answers take a few ms, were flagged on 2 to 4 ms (updateAlertConfig 4 → 6 ms, searchCustomers 5 →
 * 8 ms: p < 0.01 with hundreds of exchanges, and 1.5× of a few ms), in 3 of 4 tries (tests/suite/shared-environment.test.ts).
 * A partner's call over a network takes tens of ms; a planted slowdown is 300 ms. Above 40 ms, the ratio is the stricter.
 */
export const MIN_GROWTH_MS = 20;
/** The option of npm run diff and npm run conformance that lets a slowdown fail the run (by default it only reports). */
export const LATENCY_GATE = '--latency-gate';

/** Fewer exchanges than this in either run say nothing either way. */
export const MIN_SAMPLES = 5;

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

export interface Slowdown {
  operationId: string;
  before: LatencySummary;
  after: LatencySummary;
  /** after.p50 ÷ before.p50. */
  ratio: number;
  /** The one-sided p-value of the Mann–Whitney U test. */
  p: number;
}

/** Every answered or timed-out exchange's response time, by operation (notes without `ms:` are runs before it). */
export function samplesByOperation(run: Timed): Map<string, number[]> {
  const samples = new Map<string, number[]>();
  for (const exchange of run.tests.flatMap((t) => t.exchanges)) {
    if (exchange.durationMs === undefined) continue;
    samples.set(exchange.operationId, [...(samples.get(exchange.operationId) ?? []), exchange.durationMs]);
  }
  return samples;
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summary(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1] };
}

/** Count, p50, p95 and max per operation, in operation order. */
export function latencyOf(run: Timed): Record<string, LatencySummary> {
  return Object.fromEntries([...samplesByOperation(run)].sort(([a], [b]) => a.localeCompare(b)).map(([op, values]) => [op, summary(values)]));
}

/** The standard normal's upper tail, P(Z > z) (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function upperTail(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 - erf) / 2 : (1 + erf) / 2;
}

/**
 * The one-sided p-value that `after` is stochastically larger than `before`: Mann–Whitney U with average ranks for
 * ties, the normal approximation with the tie correction and a continuity correction.
 */
export function mannWhitneyGreater(before: readonly number[], after: readonly number[]): number {
  const all = [...before.map((v) => ({ v, after: false })), ...after.map((v) => ({ v, after: true }))].sort((a, b) => a.v - b.v);
  const n = all.length;
  const ranks = new Array<number>(n);
  let tieTerm = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && all[j + 1].v === all[i].v) j++;
    const tied = j - i + 1;
    for (let k = i; k <= j; k++) ranks[k] = (i + j) / 2 + 1;
    tieTerm += tied ** 3 - tied;
    i = j + 1;
  }
  const [n1, n2] = [before.length, after.length];
  const rankSumAfter = all.reduce((sum, item, i) => (item.after ? sum + ranks[i] : sum), 0);
  const u = rankSumAfter - (n2 * (n2 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return 1;
  return upperTail((u - mean - 0.5) / Math.sqrt(variance));
}

/** The operations that got slower from `baseline` to `current`, by both tests above; slowest ratio first. */
export function slowdowns(baseline: Timed, current: Timed, { alpha = ALPHA, ratio = RATIO, minGrowthMs = MIN_GROWTH_MS } = {}): Slowdown[] {
  const before = samplesByOperation(baseline);
  return [...samplesByOperation(current)]
    .flatMap(([operationId, after]): Slowdown[] => {
      const earlier = before.get(operationId);
      if (!earlier || earlier.length < MIN_SAMPLES || after.length < MIN_SAMPLES) return [];
      const [was, now] = [summary(earlier), summary(after)];
      const grew = now.p50 / Math.max(was.p50, 1);
      const p = mannWhitneyGreater(earlier, after);
      return grew >= ratio && now.p50 - was.p50 >= minGrowthMs && p < alpha ? [{ operationId, before: was, after: now, ratio: grew, p }] : [];
    })
    .sort((a, b) => b.ratio - a.ratio);
}

/** The table of a run's latency, for coverage.md and the Allure report. */
export function latencyMarkdown(latency: Record<string, LatencySummary>): string[] {
  const rows = Object.entries(latency);
  if (rows.length === 0) return ['No response times recorded.'];
  return ['| operation | exchanges | p50 ms | p95 ms | max ms |', '|---|---|---|---|---|', ...rows.map(([op, s]) => `| ${op} | ${s.count} | ${s.p50} | ${s.p95} | ${s.max} |`)];
}
