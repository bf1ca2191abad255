/**
 * Everything checked before a single test runs, each fault one line: the target (.env), the data files of
 * fixtures/ against their meta-schemas, and the environment's known deviations. Imports nothing that reads a data
 * file at load time, so a broken file is reported here rather than crashing an import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadTarget, type Target } from '../harness/environment/env';
import { deviationIds, expectationsPath, loadExpectations } from '../harness/profile/expectations';
import { checkFixtureFiles } from './fixture-files';

export interface Preflight {
  target?: Target;
  /** One line each; empty when the run may start. */
  problems: string[];
}

export function preflight(): Preflight {
  let target: Target | undefined;
  try {
    target = loadTarget();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { problems: [error.message] };
  }
  const problems = checkFixtureFiles();
  if (problems.length > 0) return { target, problems };
  try {
    loadExpectations(expectationsPath(target), deviationIds(catalogueIds()));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(error.message);
  }
  return { target, problems };
}

/** The requirement IDs, read from the catalogue that checkFixtureFiles has just passed. */
function catalogueIds(): string[] {
  const catalogue = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'requirements.json'), 'utf8')) as { requirements: { id: string }[] };
  return catalogue.requirements.map((r) => r.id);
}
