import assert from 'node:assert/strict';
import test from 'node:test';
import { routeKey } from '../../harness/environment/test-routes';
import { planLanes, testRouteKey } from './lanes';
import { type TestOutcome, titlesPattern } from './run-suite';

const outcome = (file: string, titlePath: string[]): TestOutcome => ({
  title: titlePath.at(-1)!, file, titlePath, outcome: 'expected', violations: [], environmentErrors: [], unreachable: false, requestIds: [], sides: [], project: '', exchanges: [], durationMs: 0,
});

// Playwright matches a project's grep against "<project> <file> <describe> <title>", each title followed by its tags.
test('a batched project selects exactly its tests by their title paths, whatever their tags', () => {
  const pattern = new RegExp(titlesPattern('lien-not-held', [outcome('wallet/lien.spec.ts', ['markLien', 'a lien (ADD) holds 10.00'])]));
  assert.ok(pattern.test('lien-not-held wallet/lien.spec.ts markLien a lien (ADD) holds 10.00 @WALLET-LIEN-001'));
  assert.ok(pattern.test('lien-not-held wallet/lien.spec.ts markLien @suite-tag a lien (ADD) holds 10.00'));
  assert.ok(!pattern.test('lien-not-held wallet/lien.spec.ts markLien a lien (ADD) holds 10.00 twice @WALLET-LIEN-001'), 'a longer title');
  assert.ok(!pattern.test('other wallet/lien.spec.ts markLien a lien (ADD) holds 10.00'), 'another project');
  assert.ok(!pattern.test('lien-not-held wallet/lien.spec.ts markLien a lien (ADD) holds 10X00'), 'a dot is no wildcard');
});

test('lanes hold each test at most once and keep, for each, the entry it runs for; a test k entries select is in k lanes', () => {
  const [a, b, c] = [outcome('a.spec.ts', ['one']), outcome('a.spec.ts', ['two']), outcome('b.spec.ts', ['group', 'three'])];
  const lanes = planLanes([[a, b], [b, c], [b]]);
  const shown = lanes.map((lane) => Object.fromEntries(lane.entryOf));
  assert.deepEqual(shown, [
    { 'a.spec.ts › one': 0, 'a.spec.ts › two': 0, 'b.spec.ts › group › three': 1 },
    { 'a.spec.ts › two': 1 },
    { 'a.spec.ts › two': 2 },
  ]);
  assert.deepEqual(lanes.map((lane) => lane.tests.length), [3, 1, 1]);
  // The key is the worker's testInfo.titlePath joined: the file, the describe blocks, the title.
  assert.equal(testRouteKey(c), routeKey(['b.spec.ts', 'group', 'three']));
});
