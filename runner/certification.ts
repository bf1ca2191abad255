/**
 * The certification verdict of a run: CERTIFIED only when every MUST requirement held, was excused by a known
 * deviation of the environment (listed with its reason), or does not apply. A MUST requirement that was violated,
 * could not be judged (an environment error) or was not tried blocks; a SHOULD requirement that was violated is a
 * warning; one "not judged here" (its tests could not reach it past a step that rests on inference) is listed, and
 * does not block. A MUST requirement that rests only on inference (provenance `inferred`) and that the environment's profile
 * does not confirm is **unconfirmed**: listed, a warning, never blocking, because the docs do not say it; so is a MUST
 * that only tests of inferred matrix cells or limit rows found violated. Built from
 * run-results.json, the catalogue and the environment's profile (expectations/<environment>.json).
 */
import { excusedUnder } from '../harness/verdicts/contract-deviations';
import type { Expectations } from '../harness/profile/expectations';
import type { Deviation } from '../harness/verdicts/deviation';
import { type Picks, points } from '../harness/verdicts/interpretations';
import type { Exploration } from '../harness/exploration/explore';
import type { Requirement } from '../harness/reporting/requirements';
import { CHECKED_ON_EVERY_EXCHANGE, type RequirementVerdict, requirementVerdicts } from './requirement-verdicts';
import type { RunFinding } from './run-findings';
import { type RunMetadata, type RunResults, type RunTest, testName } from './run-results';

/**
 * Why a requirement was not found held: its verdict, the skip reasons of a requirement not tried (each names the
 * setting that tries it), the findings that blocked its tests, the inferred steps that kept it from being judged.
 */
function whyNotHeld(v: RequirementVerdict, tests: readonly RunTest[]): string {
  if (v.verdict === 'not-tried' && v.skipReasons.length) return `not tried: ${v.skipReasons.join('; ')}`;
  const naming = new Set(v.tests.map((t) => t.title));
  const own = tests.filter((t) => naming.has(testName(t)));
  const blockedBy = [...new Set(own.flatMap((t) => t.blockedBy ?? []))];
  if (v.verdict === 'not-judged-here') {
    const steps = [...new Set(own.flatMap((t) => t.blockedOnInference ?? []))];
    return `not judged here: the environment refused a set-up step that rests on inference (${steps.join(', ')}), so its tests could not reach the rule; blocked by ${blockedBy.join(', ')}`;
  }
  if (v.verdict === 'unjudged' && blockedBy.length > 0) return `could not be judged: its tests were blocked by ${blockedBy.join(', ')} (a set-up step failed)`;
  return WHY[v.verdict]!;
}

/** The verdicts that say the run could not judge a requirement (as against violated, excused, held or not applicable). */
const NOT_JUDGED: ReadonlySet<RequirementVerdict['verdict']> = new Set(['unjudged', 'not-judged-here', 'not-tried']);

export interface Certification extends RunMetadata {
  verdict: 'CERTIFIED' | 'NOT CERTIFIED';
  /** The distinct defects the run found (runner/run-findings.ts), each with the tests it failed and blocked. */
  findings: RunFinding[];
  /** The MUST requirements that stop certification, each with why. */
  blocking: { id: string; title: string; verdict: RequirementVerdict['verdict']; why: string }[];
  /** SHOULD requirements that were violated. */
  warnings: { id: string; title: string }[];
  /**
   * Every requirement, of any level, the run could not judge (unjudged, not judged here, not tried), with why (a skip
   * reason names the setting that tries it) and whether it blocks the verdict (INTERPRETING.md, "Verdicts").
   */
  notJudged: { id: string; level: Requirement['level']; title: string; verdict: RequirementVerdict['verdict']; why: string; blocks: boolean }[];
  /** Inferred MUST requirements the profile does not confirm and the run did not find held: warnings, not blocking. */
  unconfirmed: { id: string; title: string; verdict: RequirementVerdict['verdict'] }[];
  /** The profile the run enforced: its file, the side it picks per interpretation point, the inferred requirements it confirms. */
  profile: { file?: string; interpretations: Picks; confirms: string[] };
  /** Interpretation points the profile leaves open: every documented side was accepted. */
  openPoints: { id: string; question: string }[];
  /** The known deviations that excused a failing test of this run. */
  deviationsApplied: (Deviation & { tests: string[] })[];
  requirements: { id: string; level: Requirement['level']; verdict: RequirementVerdict['verdict']; tests: number }[];
  /**
   * The model-based exploration, when the run was asked for one (`--explore`): its own section. It never blocks on its
   * own: a finding fails the exploration's test, and the requirement it names then counts like any violation.
   */
  exploration?: Exploration;
  tests: { total: number; passed: number; failed: number; skipped: number; knownDeviations: number };
}

const WHY: Partial<Record<RequirementVerdict['verdict'], string>> = {
  violated: 'violated',
  unjudged: 'could not be judged: its tests failed without a verdict (environment error, blocked by a finding of a set-up step, or suite defect)',
  'not-tried': 'not tried',
};

/**
 * @param inferredCases matrix cells and limit rows whose outcome rests on inference (provenance `inferred`): a MUST
 *   that only such tests found violated is unconfirmed, like an inferred requirement, unless the profile confirms it.
 * @param exploration the run's exploration, when it was asked for one: reported in its own section.
 */
export function certify(
  run: RunResults,
  catalogue: Iterable<Requirement>,
  profile: Pick<Expectations, 'file' | 'confirms' | 'deviations'>,
  picks: Picks,
  inferredCases: ReadonlySet<string> = new Set(),
  exploration?: Exploration,
): Certification {
  const rows = [...catalogue];
  const verdicts = requirementVerdicts(rows, run.tests, CHECKED_ON_EVERY_EXCHANGE);
  const onInference = (id: string) => {
    const violating = run.tests.filter((t) => t.outcome === 'failed' && t.violations.includes(id));
    return violating.length > 0 && violating.every((t) => t.ids.some((caseId) => inferredCases.has(caseId)));
  };
  const inferred = (r: Requirement) => r.provenance === 'inferred' || onInference(r.id);
  const unconfirmable = new Set(rows.filter((r) => inferred(r) && !profile.confirms.includes(r.id)).map((r) => r.id));
  // MUST requirements not found held: blocking, unless they rest on inference the profile does not confirm.
  const notHeld = verdicts.filter((v) => v.level === 'MUST' && WHY[v.verdict]);
  const blocking = notHeld
    .filter((v) => !unconfirmable.has(v.id))
    .map((v) => ({ id: v.id, title: v.title, verdict: v.verdict, why: whyNotHeld(v, run.tests) }));
  const blocks = new Set(blocking.map((b) => b.id));
  const excusedTests = run.tests.filter((t) => t.outcome === 'known-deviation');
  // An entry naming an operation excuses findings inside tests (their notes); any other excuses the whole tests that declare its ID.
  const testsExcusedBy = (d: Deviation) =>
    d.operation ? run.tests.filter((t) => t.excused?.some((excuse) => excusedUnder(excuse, d))) : excusedTests.filter((t) => t.ids.includes(d.id));
  const { format: _, findings = [], tests, ...metadata } = run;
  return {
    ...metadata,
    verdict: blocking.length === 0 ? 'CERTIFIED' : 'NOT CERTIFIED',
    findings,
    blocking,
    warnings: verdicts.filter((v) => v.level !== 'MUST' && v.verdict === 'violated').map((v) => ({ id: v.id, title: v.title })),
    notJudged: verdicts
      .filter((v) => NOT_JUDGED.has(v.verdict))
      .map((v) => ({ id: v.id, level: v.level, title: v.title, verdict: v.verdict, why: whyNotHeld(v, run.tests), blocks: blocks.has(v.id) })),
    unconfirmed: notHeld.filter((v) => unconfirmable.has(v.id)).map((v) => ({ id: v.id, title: v.title, verdict: v.verdict })),
    profile: { ...(profile.file && { file: profile.file }), interpretations: picks, confirms: profile.confirms },
    openPoints: [...points().values()].filter((p) => picks[p.id] === undefined).map((p) => ({ id: p.id, question: p.question })),
    deviationsApplied: profile.deviations
      .map((d) => ({ ...d, tests: testsExcusedBy(d).map(testName) }))
      .filter((d) => d.tests.length > 0),
    requirements: verdicts.map((v) => ({ id: v.id, level: v.level, verdict: v.verdict, tests: v.judgedIn })),
    ...(exploration && { exploration }),
    tests: {
      total: tests.length,
      passed: tests.filter((t) => t.outcome === 'passed').length,
      failed: tests.filter((t) => t.outcome === 'failed' || t.outcome === 'deviation-passed').length,
      skipped: tests.filter((t) => t.outcome === 'skipped').length,
      knownDeviations: excusedTests.length,
    },
  };
}
