import Ajv2020 from 'ajv/dist/2020.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const fixturesDir = join(root, 'fixtures');
const metaDir = join(fixturesDir, 'meta');

/**
 * Checks every data file in fixtures/ against its meta-schema in fixtures/meta/ (same name, `.schema.json`)
 * before anything runs, and returns one line per fault: the file, where in it, and what is wrong.
 * A data file without a meta-schema is itself a fault: tests are data, and data is checked.
 */
export function checkFixtureFiles(dir = fixturesDir): string[] {
  // A separate ajv from the harness's: these schemas check our own files, not the API.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const path = join(dir, file);
    const shown = relative(root, path);
    const metaPath = join(metaDir, file.replace(/\.json$/, '.schema.json'));
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
    const validate = ajv.compile(JSON.parse(readFileSync(metaPath, 'utf8')));
    if (!validate(data)) {
      const first = validate.errors![0];
      problems.push(`${shown}: ${first.instancePath || '/'} ${first.message}`);
    }
    problems.push(...duplicateIds(shown, data));
  }
  return problems;
}

/** IDs never change meaning, so one ID may stand for one rule only. */
function duplicateIds(shown: string, data: unknown): string[] {
  const rows = (data as { requirements?: { id?: string }[] })?.requirements;
  if (!Array.isArray(rows)) return [];
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of rows) {
    if (id && seen.has(id)) problems.push(`${shown}: requirement ID ${id} is listed twice`);
    if (id) seen.add(id);
  }
  return problems;
}
