/**
 * The tests of a Playwright JSON report (`reports/results.json`, or the merge of shards), flattened: the one shape
 * every report built after a run reads (matrices, run results, coverage, certification).
 */

interface JsonSuite {
  title?: string;
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}
interface JsonSpec {
  title: string;
  file: string;
  tags?: string[];
  tests: { status: string; expectedStatus: string; annotations?: Annotation[]; results: { status?: string; duration?: number; annotations?: Annotation[] }[] }[];
}
export interface Annotation {
  type: string;
  description?: string;
}

export interface PlaywrightJsonReport {
  suites?: JsonSuite[];
  stats?: { startTime?: string; duration?: number };
}

/** One test of the report. */
export interface ReportedTest {
  title: string;
  /** Its Playwright tags: the IDs it declares (harness/reporting/covers.ts), with an `@`. */
  tags: string[];
  /** Relative to specs/. */
  file: string;
  /** Playwright's verdict: expected, unexpected, flaky or skipped. */
  status: string;
  /** passed, or failed for a test expected to fail (a known deviation). */
  expectedStatus: string;
  durationMs: number;
  annotations: Annotation[];
}

export function reportedTests(report: PlaywrightJsonReport): ReportedTest[] {
  const walk = (suites: JsonSuite[]): ReportedTest[] =>
    suites.flatMap((suite) => [
      ...(suite.specs ?? []).flatMap((spec) =>
        spec.tests.map((t) => ({
          title: spec.title,
          tags: spec.tags ?? [],
          file: spec.file,
          status: t.status,
          expectedStatus: t.expectedStatus,
          durationMs: t.results.reduce((total, r) => total + (r.duration ?? 0), 0),
          // A test's own annotations, then those its run added (each once: Playwright repeats some in both places).
          annotations: uniqueAnnotations([...(t.annotations ?? []), ...t.results.flatMap((r) => r.annotations ?? [])]),
        })),
      ),
      ...walk(suite.suites ?? []),
    ]);
  return walk(report.suites ?? []);
}

function uniqueAnnotations(annotations: Annotation[]): Annotation[] {
  const seen = new Set<string>();
  return annotations.filter((a) => {
    const key = `${a.type}\u0000${a.description ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
