/**
 * Calibration: from a run's results, the side of each interpretation point (fixtures/interpretations.json) the
 * environment showed, and the profile that follows: `reports/interpretations.observed.json` and `.md`. Every run
 * writes them; `--calibrate` runs with no side enforced, so that a new environment shows what it does, the way
 * `--discover-matrices` does for transitions. Pure functions plus one writer.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Picks, Point } from '../harness/verdicts/interpretations';
import type { RunTest } from './run-results';

export interface ObservedPoint {
  point: string;
  question: string;
  /** How many tests saw each side. */
  seen: Record<string, number>;
  /** `one side` proposes it for the profile; `both sides` means the environment is not consistent; `not seen` that no test showed it. */
  verdict: 'one side' | 'both sides' | 'not seen';
  /** The side to put in the environment's profile, when the run saw exactly one. */
  proposed?: string;
  /** The side the profile enforced in this run, if any. */
  profile?: string;
}

export function observedInterpretations(points: Iterable<Point>, tests: readonly Pick<RunTest, 'sides'>[], picks: Picks): ObservedPoint[] {
  // point → side → how many tests saw it; each test notes a side once (`<point>=<side>`, the point ID has no `=`).
  const counts = new Map<string, Record<string, number>>();
  for (const entry of tests.flatMap((t) => t.sides ?? [])) {
    const at = entry.indexOf('=');
    const [id, side] = [entry.slice(0, at), entry.slice(at + 1)];
    const seen = counts.get(id) ?? {};
    seen[side] = (seen[side] ?? 0) + 1;
    counts.set(id, seen);
  }
  return [...points].map((p) => {
    const seen = counts.get(p.id) ?? {};
    const sides = Object.keys(seen);
    const verdict = sides.length === 0 ? 'not seen' : sides.length === 1 ? 'one side' : 'both sides';
    return { point: p.id, question: p.question, seen, verdict, ...(sides.length === 1 && { proposed: sides[0] }), ...(picks[p.id] && { profile: picks[p.id] }) };
  });
}

/** The `interpretations` block of a profile for expectations/<environment>.json: every point seen on one side. */
export function proposedProfile(observed: readonly ObservedPoint[]): Record<string, string> {
  return Object.fromEntries(observed.filter((o) => o.proposed !== undefined).map((o) => [o.point, o.proposed!]));
}

export function interpretationsMarkdown(observed: readonly ObservedPoint[], environment: string): string {
  const rows = observed.map((o) => {
    const seen = Object.entries(o.seen).map(([side, n]) => `${side} (${n} test${n === 1 ? '' : 's'})`).join(', ') || '—';
    return `| ${o.point} | ${o.question} | ${seen} | ${o.verdict} | ${o.profile ?? 'open: every side accepted'} |`;
  });
  return [
    `# Interpretation points observed: ${environment}`,
    '',
    'Where the docs allow more than one answer (fixtures/interpretations.json), the side each answer of this run showed.',
    'Copy `proposedProfile` of `interpretations.observed.json` into the `interpretations` of',
    `\`expectations/${environment}.json\` to hold the environment to those sides from now on.`,
    '',
    '| point | question | seen | verdict | this run enforced |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

export function writeInterpretationReports(reportsDir: string, observed: readonly ObservedPoint[], environment: string): void {
  const file = { environment, points: observed, proposedProfile: proposedProfile(observed) };
  writeFileSync(join(reportsDir, 'interpretations.observed.json'), `${JSON.stringify(file, null, 2)}\n`);
  writeFileSync(join(reportsDir, 'interpretations.observed.md'), interpretationsMarkdown(observed, environment));
}
