/**
 * Known deviations of an environment (`expectations/<environment>.json`), after web-platform-tests' expectation
 * files: a test that declares a listed cell or requirement ID is expected to fail there, so the run stays green
 * while the deviation holds, and an unexpected pass is reported (Playwright fails a `test.fail` test that passes).
 * The tests themselves are never edited. An entry past its `expires` day excuses nothing.
 *
 * An entry that names an `operation` works at a finer grain: it excuses the findings of one check of every exchange on that
 * operation's exchanges (harness/verdicts/contract-deviations.ts), since those checks judge every exchange of every test and
 * excusing the tests that carried one would hide their business rules too. Such an entry never excuses a whole test.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checks } from '../checks/index';
import { contract } from '../contract/contract';
import { ConfigError, type Target } from '../environment/env';
import { type Picks, picksProblem } from '../verdicts/interpretations';
import { loadLimitFiles } from '../matrices/limits';
import { loadEffectMatrices } from '../matrices/effects';
import { loadMatrices } from '../matrices/matrices';
import { type Deviation, expired } from '../verdicts/deviation';

export interface Expectations {
  /** The file, as shown in messages; undefined when the environment has none. */
  file?: string;
  /** The environment's side at each interpretation point it has settled (harness/verdicts/interpretations.ts). */
  interpretations: Picks;
  /** Inferred requirements the environment's owners confirmed: their violations block certification. */
  confirms: string[];
  deviations: Deviation[];
}

const NONE: Expectations = { interpretations: {}, confirms: [], deviations: [] };

const ROOT = join(import.meta.dirname, '..', '..');
const META = join(ROOT, 'fixtures', 'meta', 'expectations.schema.json');

/** `EXPECTATIONS_FILE` when set, else `expectations/<environment>.json`. */
export function expectationsPath(target: Pick<Target, 'environment'>, env: NodeJS.ProcessEnv = process.env): string {
  return env.EXPECTATIONS_FILE || join(ROOT, 'expectations', `${target.environment}.json`);
}

/**
 * Reads and checks an expectations file: its meta-schema, and that every ID names a known cell or requirement
 * (a typo would otherwise excuse nothing, silently). A missing file means no known deviation.
 * @throws ConfigError one line naming the file and the fault.
 */
export function loadExpectations(path: string, knownIds: ReadonlySet<string>): Expectations {
  if (!existsSync(path)) return NONE;
  const shown = shownPath(path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${shown}: not valid JSON (${(error as Error).message})`);
  }
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(META, 'utf8')));
  if (!validate(data)) {
    const first = validate.errors![0];
    throw new ConfigError(`${shown}: ${first.instancePath || '/'} ${first.message}`);
  }
  const expectations = withDefaults(shown, data);
  const unknown = expectations.deviations.find((d) => !knownIds.has(d.id));
  if (unknown) throw new ConfigError(`${shown}: ${unknown.id} is neither a requirement, a matrix cell nor a limit row ID`);
  const grain = operationGrainProblem(expectations.deviations);
  if (grain) throw new ConfigError(`${shown}: ${grain}`);
  const picks = picksProblem(expectations.interpretations);
  if (picks) throw new ConfigError(`${shown}: ${picks}`);
  const unconfirmable = expectations.confirms.find((id) => !knownIds.has(id));
  if (unconfirmable) throw new ConfigError(`${shown}: confirms ${unconfirmable}, which is no requirement ID`);
  return expectations;
}

/**
 * The first fault of the entries that name an operation, as one line, or undefined: an operation the contract does
 * not have (it would excuse nothing, silently), or an ID no check of every exchange reports under (only their findings
 * are excused per operation; a test's own rule is excused by the IDs it declares, as a whole test).
 */
function operationGrainProblem(deviations: readonly Deviation[]): string | undefined {
  const checked = [...new Set(checks.map((check) => check.requirement))];
  for (const { id, operation } of deviations) {
    if (operation === undefined) continue;
    if (!contract.has(operation)) return `${id} on ${operation}: ${operation} is no operationId of openapi/m2p-prepaid-v2.json`;
    if (!checked.includes(id)) return `${id} on ${operation}: an entry with an operation names the requirement of a check of every exchange (${checked.join(', ')})`;
  }
  return undefined;
}

function withDefaults(file: string, data: unknown): Expectations {
  const { interpretations = {}, confirms = [], deviations } = data as Partial<Expectations> & { deviations: Deviation[] };
  return { file, interpretations, confirms, deviations };
}

/**
 * The expectations file as {@link loadExpectations} checked it before the run (runner/preflight.ts): read without
 * checking it again, as every worker does, once more after each failed test.
 */
export function readCheckedExpectations(path: string): Expectations {
  if (!existsSync(path)) return NONE;
  return withDefaults(shownPath(path), JSON.parse(readFileSync(path, 'utf8')));
}

/** Inside the project, the path from its root; elsewhere (EXPECTATIONS_FILE), the path as given. */
function shownPath(path: string): string {
  return relative(ROOT, path).startsWith('..') ? path : relative(ROOT, path);
}

/** The IDs a deviation may name: the requirement IDs given, every matrix cell ID (transition or effect) and every limit row ID. */
export function deviationIds(requirementIds: Iterable<string>): Set<string> {
  const cells = [...loadMatrices(), ...loadEffectMatrices()].flatMap((m) => m.cells.map((cell) => cell.id));
  const limitRows = loadLimitFiles().flatMap((file) => file.rows.map((row) => row.id));
  return new Set([...requirementIds, ...cells, ...limitRows]);
}

/**
 * The deviation that applies to a test, by the IDs it declares (harness/reporting/covers.ts), on `today` (yyyy-MM-dd); expired
 * ones do not, nor do entries that name an operation (they excuse findings, harness/verdicts/contract-deviations.ts, never a
 * whole test).
 */
export function deviationFor(declared: readonly string[], expectations: Expectations, today: string): Deviation | undefined {
  const named = new Set(declared);
  return expectations.deviations.find((d) => d.operation === undefined && named.has(d.id) && !expired(d, today));
}
