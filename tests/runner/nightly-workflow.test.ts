import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';

const WORKFLOW = join(import.meta.dirname, '..', '..', '.github', 'workflows', 'nightly.yml');
const lines = readFileSync(WORKFLOW, 'utf8').split('\n');

/** The step (its lines, from its `- ` line) a line of a job's `steps:` belongs to. */
function stepOf(index: number): string[] {
  let start = index;
  while (start > 0 && !/^ {6}- /.test(lines[start])) start--;
  let end = start + 1;
  while (end < lines.length && !/^ {6}- /.test(lines[end]) && !/^ {0,4}\S/.test(lines[end])) end++;
  return lines.slice(start, end);
}

test('every third-party action of the nightly workflow is pinned by a full commit SHA', () => {
  const unpinned = lines.filter((line) => /^\s*-? ?uses: /.test(line) && !/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40}( |$)/.test(line));
  assert.deepEqual(unpinned, []);
});

test('secrets reach only the steps that run the suite, never the workflow, a job, npm ci or an action', () => {
  const leaks = lines.flatMap((line, index) => {
    if (!line.includes('secrets.')) return [];
    const step = stepOf(index);
    const runsSuite = step.some((l) => /npm run (conformance|merge-shards|explore)/.test(l));
    const stepEnv = /^ {10}[A-Z_]+: \$\{\{ secrets\./.test(line);
    return runsSuite && stepEnv && !step.some((l) => /uses: /.test(l)) ? [] : [`line ${index + 1}: ${line.trim()}`];
  });
  assert.deepEqual(leaks, []);
  assert.ok(lines.some((line) => line.includes('secrets.M2P_CLIENT_SECRET')), 'the suite still gets its credentials');
});
