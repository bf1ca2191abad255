/**
 * The unit tests, in two processes rather than one each: a process per file loaded tsx, the contract and the schemas
 * again for each of about sixty files (63 s and 115 s of CPU, against 38 s and 35 s in one process, measured the same
 * hour). Two halves keep both cores busy. The files share their process, so a test leaves module state as it found it;
 * the order is fixed (sorted, alternating), so a test that does not is caught the same way every run.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of unit tests; tests/suite/ runs whole suites, each file a process of its own. */
const FOLDERS = ['contract', 'harness', 'runner', 'sandbox', 'scripts'];

/** Imports every other unit test file, starting at `half` (0 or 1): node:test runs what they declare. */
export async function importHalf(half: 0 | 1): Promise<void> {
  const tests = join(import.meta.dirname, '..');
  const files = FOLDERS.flatMap((folder) =>
    readdirSync(join(tests, folder))
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => join(tests, folder, name)),
  ).sort();
  for (const file of files.filter((_, index) => index % 2 === half)) await import(file);
}
