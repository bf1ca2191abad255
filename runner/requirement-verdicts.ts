/**
 * The verdict of a run on each requirement of the catalogue, from run-results.json. Coverage lists them and
 * certification decides on them, so both read them here.
 */
import { checks } from '../harness/checks/index';
import type { Requirement } from '../harness/reporting/requirements';
import { type RunTest, testName } from './run-results';

/**
 * - `violated`: a failed test reported it broken, by its own steps or its set-up's (a test blocked by a broken
 *   createCustomer answer still shows that answer broken);
 * - `excused`: a test naming it failed as a known deviation of the environment expects, or (for a contract check) a
 *   known deviation at exchange grain let one of its findings through;
 * - `unjudged`: its tests failed for another reason (an environment error, a set-up step that failed, a defect of the
 *   suite) or passed a deviation that says they fail: the run cannot say whether it holds;
 * - `not-judged-here`: its only tests that ran were blocked by set-up steps that rest on inference (a transition of an
 *   inferred matrix cell the environment refused): this environment reads the docs otherwise on the way there, so the
 *   run cannot judge the rule, and that is no fault of the environment;
 * - `held`: a test naming it ran, and nothing reported it broken;
 * - `not-applicable`: its only tests are matrix cells no partner operation reaches, or tests the side the environment
 *   showed at an interpretation point rules out (e.g. activation where new cards are ACTIVE);
 * - `not-tried`: no test naming it ran (skipped for missing credentials, or filtered out).
 */
/** The requirements of the contract checks, which judge every exchange of every test (harness/checks). */
export const CHECKED_ON_EVERY_EXCHANGE: ReadonlySet<string> = new Set(checks.map((check) => check.requirement));

export type Verdict = 'violated' | 'excused' | 'unjudged' | 'not-judged-here' | 'held' | 'not-applicable' | 'not-tried';

export interface RequirementVerdict {
  id: string;
  level: Requirement['level'];
  title: string;
  verdict: Verdict;
  /** The tests that name it, by name (run-results.ts, testName), with their outcome. */
  tests: { title: string; outcome: RunTest['outcome'] }[];
  /** How many tests judged it: those naming it, and for a check of every exchange, every test that exchanged anything. */
  judgedIn: number;
  /** Tests that reported it violated without naming it (a contract check on another test's exchange). */
  violatedIn: string[];
  /** Why its tests were skipped, each reason once. */
  skipReasons: string[];
}

/**
 * @param everyExchange requirements a contract check judges on every exchange (harness/checks): every test that
 *   exchanged anything tried them, whatever its title names.
 */
export function requirementVerdicts(catalogue: Iterable<Requirement>, tests: readonly RunTest[], everyExchange: ReadonlySet<string> = new Set()): RequirementVerdict[] {
  return [...catalogue].map((requirement) => {
    const naming = tests.filter((t) => t.ids.includes(requirement.id));
    const own = everyExchange.has(requirement.id) ? tests.filter((t) => t.ids.includes(requirement.id) || t.exchanges.length > 0) : naming;
    // A warning (harness/verdicts/warnings.ts) breaks its requirement whether or not the test that saw it failed.
    const violating = tests.filter(
      (t) => (t.outcome === 'failed' && [...t.violations, ...(t.setupViolations ?? [])].includes(requirement.id)) || t.warnings?.includes(requirement.id),
    );
    const skipped = own.filter((t) => t.outcome === 'skipped');
    return {
      id: requirement.id,
      level: requirement.level,
      title: requirement.title,
      // A contract check judged every exchange it saw, whatever became of the test: only a violation breaks it.
      verdict: everyExchange.has(requirement.id) ? checkVerdict(requirement.id, own, violating) : verdictOf(own, violating),
      tests: naming.map((t) => ({ title: testName(t), outcome: t.outcome })),
      judgedIn: own.length,
      violatedIn: violating.filter((t) => !t.ids.includes(requirement.id)).map(testName),
      skipReasons: [...new Set(skipped.map((t) => t.skipReason ?? ''))].filter(Boolean),
    };
  });
}

/** A contract check's: violated, else excused when a known deviation let one of its findings through, else as tried. */
function checkVerdict(id: string, own: RunTest[], violating: RunTest[]): Verdict {
  if (violating.length > 0) return 'violated';
  if (own.some((t) => t.excused?.some((excuse) => excuse.requirement === id))) return 'excused';
  return own.some((t) => t.outcome !== 'skipped') ? 'held' : 'not-tried';
}

function verdictOf(own: RunTest[], violating: RunTest[]): Verdict {
  if (violating.length > 0) return 'violated';
  if (own.some((t) => t.outcome === 'known-deviation')) return 'excused';
  // A test that failed on warnings alone ran to its end: its other rules were judged, and held.
  const judged = (t: RunTest) => t.outcome === 'passed' || t.failure === 'warning';
  const undecided = own.filter((t) => (t.outcome === 'failed' && !judged(t)) || t.outcome === 'deviation-passed');
  if (undecided.some((t) => !t.blockedOnInference)) return 'unjudged';
  if (own.some(judged)) return 'held';
  if (undecided.length > 0) return 'not-judged-here';
  if (own.length > 0 && own.every((t) => t.unreachable)) return 'not-applicable';
  return 'not-tried';
}
