import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import test from 'node:test';
import { concurrently } from '../../harness/environment/concurrently';
import { sources } from './source-files';

test('concurrently waits for every step before it throws the first failure, and returns every value in order', async () => {
  let lateStepDone = false;
  const late = new Promise<string>((resolve) => setTimeout(() => ((lateStepDone = true), resolve('late')), 20));
  await assert.rejects(concurrently([Promise.reject(new Error('first')), late, Promise.reject(new Error('second'))]), /first/);
  assert.ok(lateStepDone, 'a step still running when the first failed was waited for');
  const [one, two] = await concurrently([Promise.resolve(1), Promise.resolve('two')]);
  assert.deepEqual([one, two], [1, 'two']);
});

test('no spec or harness module leaves steps running after a failure: Promise.all, race and any only in concurrently.ts', () => {
  const root = join(import.meta.dirname, '..', '..');
  const offending = ['harness', 'specs'].flatMap((folder) => sources(join(root, folder))).flatMap((file) => {
    const shown = relative(root, file);
    if (shown === join('harness', 'environment', 'concurrently.ts')) return [];
    return [...readFileSync(file, 'utf8').matchAll(/Promise\.(all|race|any)\(/g)].map((match) => `${shown}: ${match[0]}`);
  });
  assert.deepEqual(offending, []);
});
