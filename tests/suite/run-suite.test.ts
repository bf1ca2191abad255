import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import test from 'node:test';
import { routeKey } from '../../harness/environment/test-routes';
import { planLanes, testRouteKey } from './lanes';
import { NO_NETWORK, type TestOutcome, titlesPattern } from './run-suite';

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

test('the no-network preload ends a process that opens a socket or looks up a name, in one line, and lets any other run', () => {
  const run = (code: string) => spawnSync(process.execPath, ['--import', 'tsx', '--import', NO_NETWORK, '--input-type=module', '-e', code], { encoding: 'utf8' });
  const socket = run("import net from 'node:net'; net.connect(9, '127.0.0.1'); setTimeout(() => {}, 1000);");
  assert.deepEqual([socket.status, socket.stderr.trim().split('\n').length], [3, 1], socket.stderr);
  assert.match(socket.stderr, /^no-network: the process tried to open a socket/);
  assert.equal(run("import http from 'node:http'; http.get('http://example.invalid/');").status, 3, 'an HTTP request');
  assert.equal(run("import dns from 'node:dns'; dns.lookup('example.invalid', () => {});").status, 3, 'a name lookup');
  assert.equal(run("import { readFileSync } from 'node:fs'; readFileSync('package.json');").status, 0);
});
