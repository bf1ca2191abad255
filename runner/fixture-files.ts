import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { interpretationProblems, type Point } from '../harness/verdicts/interpretations';
import { type LimitFile, limitProblems } from '../harness/matrices/limits';
import { type EffectMatrix, effectProblems } from '../harness/matrices/effects';
import { type Matrix, matrixProblems } from '../harness/matrices/matrices';

const root = join(import.meta.dirname, '..');
const fixturesDir = join(root, 'fixtures');
const metaDir = join(fixturesDir, 'meta');

/**
 * Checks every data file in fixtures/ against its meta-schema in fixtures/meta/ before anything runs, and returns
 * one line per fault: the file, where in it, and what is wrong. A top-level file `x.json` has `meta/x.schema.json`;
 * every file of a folder `fixtures/<folder>/` has `meta/<folder>.schema.json`. A data file without a meta-schema is
 * itself a fault: tests are data, and data is checked.
 */
export function checkFixtureFiles(dir = fixturesDir): string[] {
  // A separate ajv from the harness's: these schemas check our own files, not the API.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();
  const problems: string[] = [];
  const parsed = new Map<string, unknown>();
  for (const { path, metaPath } of dataFiles(dir)) {
    const shown = relative(root, path);
    if (!existsSync(metaPath)) {
      problems.push(`${shown}: no meta-schema at ${relative(root, metaPath)}`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${shown}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (!validators.has(metaPath)) validators.set(metaPath, ajv.compile(JSON.parse(readFileSync(metaPath, 'utf8'))));
    const validate = validators.get(metaPath)!;
    if (!validate(data)) {
      const first = validate.errors![0];
      problems.push(`${shown}: ${first.instancePath || '/'} ${described(first)}`);
      continue;
    }
    parsed.set(shown, data);
  }
  const catalogue = parsed.get(relative(root, join(dir, 'requirements.json'))) as { requirements: { id: string }[] } | undefined;
  if (catalogue) problems.push(...duplicateIds('fixtures/requirements.json', catalogue));
  const known = new Set(catalogue?.requirements.map((r) => r.id) ?? []);
  const limitRowIds = new Set<string>();
  const matrices = [...parsed].filter(([shown]) => shown.includes('/matrices/')).map(([, data]) => data as Matrix);
  for (const [shown, data] of parsed) {
    if (shown.includes('/effects/')) problems.push(...effectProblems(data as EffectMatrix, shown, matrices, known));
    if (shown === relative(root, join(dir, 'interpretations.json'))) problems.push(...interpretationProblems(data as { points: Point[] }, shown, known));
    if (shown.includes('/matrices/')) problems.push(...matrixProblems(data as Matrix, shown, known));
    if (shown.includes('/limits/')) problems.push(...limitProblems(data as LimitFile, shown, known, limitRowIds));
  }
  return problems;
}

/**
 * ajv's message with what it leaves out, so that a typo is found from the line alone: the property that is not
 * allowed, the values that are. A property a meta-schema refuses outright (`false`) is "not allowed here".
 */
function described(error: ErrorObject): string {
  const { keyword, params, message } = error;
  if (keyword === 'false schema') return 'is not allowed here';
  if (keyword === 'additionalProperties') return `${message}: ${params.additionalProperty}`;
  if (keyword === 'enum') return `${message}: ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
  if (keyword === 'const') return `must be ${JSON.stringify(params.allowedValue)}`;
  return message!;
}

/** The data files under `dir` and the meta-schema each must pass. */
function dataFiles(dir: string): { path: string; metaPath: string }[] {
  const files: { path: string; metaPath: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'meta') {
      for (const file of readdirSync(path).filter((f) => f.endsWith('.json')).sort()) {
        files.push({ path: join(path, file), metaPath: join(metaDir, `${entry.name}.schema.json`) });
      }
    } else if (entry.isFile() && entry.name.endsWith('.json')) {
      files.push({ path, metaPath: join(metaDir, entry.name.replace(/\.json$/, '.schema.json')) });
    }
  }
  return files;
}

/** IDs never change meaning, so one ID may stand for one rule only. */
function duplicateIds(shown: string, catalogue: { requirements: { id: string }[] }): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of catalogue.requirements) {
    if (seen.has(id)) problems.push(`${shown}: requirement ID ${id} is listed twice`);
    seen.add(id);
  }
  return problems;
}
