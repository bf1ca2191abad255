/**
 * The certification verdict of a run: CERTIFIED only when every MUST requirement held, was excused by a known
 * deviation of the environment (listed with its reason), or does not apply. A MUST requirement that was violated,
 * could not be judged (an environment error) or was not tried blocks; a SHOULD requirement that was violated is a
 * warning. Built from run-results.json, the catalogue and the environment's known deviations.
 */
import type { Deviation } from '../harness/expectations';
import type { Requirement } from '../harness/requirements';
import { CHECKED_ON_EVERY_EXCHANGE, type RequirementVerdict, requirementVerdicts } from './requirement-verdicts';
import type { RunMetadata, RunResults } from './run-results';

export interface Certification extends RunMetadata {
  verdict: 'CERTIFIED' | 'NOT CERTIFIED';
  /** The MUST requirements that stop certification, each with why. */
  blocking: { id: string; title: string; verdict: RequirementVerdict['verdict']; why: string }[];
  /** SHOULD requirements that were violated. */
  warnings: { id: string; title: string }[];
  /** The known deviations that excused a failing test of this run. */
  deviationsApplied: (Deviation & { tests: string[] })[];
  requirements: { id: string; level: Requirement['level']; verdict: RequirementVerdict['verdict']; tests: number }[];
  tests: { total: number; passed: number; failed: number; skipped: number; knownDeviations: number };
}

const WHY: Partial<Record<RequirementVerdict['verdict'], string>> = {
  violated: 'violated',
  unjudged: 'could not be judged: its tests failed without a verdict (environment error or suite defect)',
  'not-tried': 'not tried',
};

export function certify(run: RunResults, catalogue: Iterable<Requirement>, deviations: readonly Deviation[]): Certification {
  const verdicts = requirementVerdicts(catalogue, run.tests, CHECKED_ON_EVERY_EXCHANGE);
  const blocking = verdicts
    .filter((v) => v.level === 'MUST' && WHY[v.verdict])
    .map((v) => ({
      id: v.id,
      title: v.title,
      verdict: v.verdict,
      why: v.verdict === 'not-tried' && v.skipReasons.length ? `not tried: ${v.skipReasons.join('; ')}` : WHY[v.verdict]!,
    }));
  const excusedTests = run.tests.filter((t) => t.outcome === 'known-deviation');
  const { format: _, tests, ...metadata } = run;
  return {
    ...metadata,
    verdict: blocking.length === 0 ? 'CERTIFIED' : 'NOT CERTIFIED',
    blocking,
    warnings: verdicts.filter((v) => v.level !== 'MUST' && v.verdict === 'violated').map((v) => ({ id: v.id, title: v.title })),
    deviationsApplied: deviations
      .map((d) => ({ ...d, tests: excusedTests.filter((t) => t.ids.includes(d.id)).map((t) => t.title) }))
      .filter((d) => d.tests.length > 0),
    requirements: verdicts.map((v) => ({ id: v.id, level: v.level, verdict: v.verdict, tests: v.judgedIn })),
    tests: {
      total: tests.length,
      passed: tests.filter((t) => t.outcome === 'passed').length,
      failed: tests.filter((t) => t.outcome === 'failed' || t.outcome === 'deviation-passed').length,
      skipped: tests.filter((t) => t.outcome === 'skipped').length,
      knownDeviations: excusedTests.length,
    },
  };
}
