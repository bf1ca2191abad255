/**
 * Interpretation points (fixtures/interpretations.json): where the docs allow more than one answer. An environment's
 * profile (the `interpretations` of expectations/<environment>.json) picks one side per point, and the suite then
 * enforces that side strictly, so a release that flips it is caught. A point the profile leaves open accepts every
 * documented side: a suite that fails a faithful API cannot certify anything. Every answer that shows a side is noted
 * (`interpretation` annotations), which is how `--calibrate` learns the sides an environment takes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentTestInfo } from '../environment/current-test';
import { annotate } from '../reporting/annotations';

const FILE = join(import.meta.dirname, '..', '..', 'fixtures', 'interpretations.json');

export interface Side {
  id: string;
  /** What the API does on this side. */
  reading: string;
  /** The page it rests on. */
  source: string;
  /** When no page says it outright: what was assumed. */
  inferred?: string;
}

export interface Point {
  id: string;
  question: string;
  sides: Side[];
  /** The side the reference sandbox takes unless told otherwise. */
  reference: string;
  /** What fails when a profile picks one side and the environment takes another. */
  requirements: string[];
}

/** A profile's picks: point ID → side ID. A point it does not name accepts every side. */
export type Picks = Readonly<Record<string, string>>;

let catalogue: ReadonlyMap<string, Point> | undefined;

/**
 * Every point of the catalogue, by ID. Read on first use, not at import: runner/preflight.ts imports this module
 * before it has checked the file, and must report a broken file in one line rather than crash.
 */
export function points(): ReadonlyMap<string, Point> {
  catalogue ??= new Map((JSON.parse(readFileSync(FILE, 'utf8')).points as Point[]).map((p) => [p.id, p]));
  return catalogue;
}

/** What is wrong with the catalogue beyond its meta-schema, one line each: a reference that is no side, a repeated ID. */
export function interpretationProblems(file: { points: Point[] }, shown: string, requirementIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const p of file.points) {
    if (seen.has(p.id)) problems.push(`${shown}: point ${p.id} is listed twice`);
    seen.add(p.id);
    const sides = p.sides.map((s) => s.id);
    if (new Set(sides).size !== sides.length) problems.push(`${shown}: ${p.id} names a side twice`);
    if (!sides.includes(p.reference)) problems.push(`${shown}: ${p.id}: reference "${p.reference}" is none of its sides (${sides.join(', ')})`);
    for (const id of p.requirements.filter((r) => !requirementIds.has(r))) problems.push(`${shown}: ${p.id}: ${id} is not in fixtures/requirements.json`);
  }
  return problems;
}

/** The point with this ID, or an error: naming an unknown point is a defect of the suite. */
export function point(id: string): Point {
  const found = points().get(id);
  if (!found) throw new Error(`unknown interpretation point "${id}": not in fixtures/interpretations.json`);
  return found;
}

/** The sides a run accepts at a point: the one the profile picks, or every documented side. */
export function acceptedSides(id: string, picks: Picks): string[] {
  const { sides } = point(id);
  const picked = picks[id];
  return picked === undefined ? sides.map((s) => s.id) : [picked];
}

/** The first fault of a profile's picks, as one line, or undefined: an unknown point, or a side the point lacks. */
export function picksProblem(picks: Picks): string | undefined {
  for (const [id, side] of Object.entries(picks)) {
    const found = points().get(id);
    if (!found) return `interpretations: ${id} is no interpretation point (known: ${[...points().keys()].join(', ')})`;
    if (!found.sides.some((s) => s.id === side)) return `interpretations: ${id} has no side "${side}" (sides: ${found.sides.map((s) => s.id).join(', ')})`;
  }
  return undefined;
}

/**
 * The sides a run enforces, from its profile's picks: none when calibrating (`CONFORMANCE_CALIBRATE=1`, set by
 * `--calibrate`), which is there to learn the sides. The workers and the reports both ask here.
 */
export function enforcedPicks(picks: Picks, env: NodeJS.ProcessEnv = process.env): Picks {
  return env.CONFORMANCE_CALIBRATE === '1' ? {} : picks;
}

/** The profile this worker enforces, set once by the worker fixture. */
let runPicks: Picks = {};

export function useProfile(picks: Picks, env: NodeJS.ProcessEnv = process.env): void {
  runPicks = enforcedPicks(picks, env);
}

/** The sides this worker's run accepts at a point (see {@link acceptedSides}), for a test that chooses what to send. */
export const sidesThisRunAccepts = (id: string): string[] => acceptedSides(id, runPicks);

/**
 * Notes that an answer showed `side` of a point (once per test), and says whether this run accepts it.
 * @example if (!sawSide('error-code-key', 'business.code')) // a finding on the point's requirements
 */
export function sawSide(id: string, side: string, picks: Picks = runPicks): boolean {
  const info = currentTestInfo();
  if (info) annotate(info, 'interpretation', `${id}=${side}`, { once: true });
  return acceptedSides(id, picks).includes(side);
}

/**
 * The side a test holds its answer to when the answer shows `shown` at a point: that side when the run accepts it,
 * else the first side it accepts (the profile's pick, which then fails on the point's requirements).
 * @example verify(exchange, { status: 409, businessCode: expectedSide('unknown-kit-tracking-code', code), … })
 */
export function expectedSide(id: string, shown: string): string {
  const known = sideNamed(id, shown);
  return known !== undefined && sawSide(id, known) ? known : acceptedSides(id, runPicks)[0];
}

/**
 * What a test expects at a point whose sides differ in more than a value: the expectation of {@link expectedSide}.
 * @example verify(exchange, sideExpectation('search-tenant-header', shown, { required: {…}, 'body-only': {…} }))
 */
export function sideExpectation<T>(id: string, shown: string, bySide: Readonly<Record<string, T>>): T {
  return bySide[expectedSide(id, shown)];
}

/** Which side an answer shows, when it shows one of the point's sides; undefined for an answer that shows neither. */
export function sideNamed(id: string, candidate: string | undefined): string | undefined {
  return point(id).sides.some((s) => s.id === candidate) ? candidate : undefined;
}

/**
 * Skips the running test because the side the environment showed at a point rules out what it checks (no card is
 * ALLOCATED to activate where new cards are ACTIVE). Reports count its requirement not applicable rather than not
 * tried, as for a matrix cell of a status no partner operation reaches. Call it only for a side the run accepts
 * (after {@link expectedSide} or {@link sawSide}): a side the profile does not take is a failure, not a skip.
 * @example if (card.cardStatus === 'ACTIVE') return skipOnSide('issued-card-status', 'ACTIVE', 'no card is ALLOCATED to activate');
 */
export function skipOnSide(id: string, side: string, why: string): void {
  const info = currentTestInfo();
  if (!info) throw new Error(`skipOnSide(${id}=${side}) outside a test`);
  annotate(info, 'not-applicable', `${id}=${side}`);
  info.skip(true, `not applicable where the environment takes side ${side} of interpretation point ${id}: ${why}`);
}
