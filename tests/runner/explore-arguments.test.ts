import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conformanceExploration, parseExploreArguments } from '../../runner/explore-arguments';

test('npm run explore: runs, seed, a time budget (which alone decides when no count is given), and a replay', () => {
  assert.deepEqual(parseExploreArguments([]), { runs: 200, seed: 1 });
  assert.deepEqual(parseExploreArguments(['--runs', '1000', '--seed', '7']), { runs: 1000, seed: 7 });
  assert.deepEqual(parseExploreArguments(['--time', '60s']), { runs: Number.MAX_SAFE_INTEGER, seed: 1, timeMs: 60_000 });
  assert.deepEqual(parseExploreArguments(['--time', '2m', '--runs', '5']), { runs: 5, seed: 1, timeMs: 120_000 });
  assert.deepEqual(parseExploreArguments(['--seed', '1', '--path', '36:4:3', '--commands', '/P:D']), { runs: 200, seed: 1, path: '36:4:3', replayPath: '/P:D' });
});

test('a bad value is one line naming the option', () => {
  assert.equal(parseExploreArguments(['--runs', 'ten']), '--runs ten: not a positive whole number');
  assert.equal(parseExploreArguments(['--runs', '0']), '--runs 0: not a positive whole number');
  assert.equal(parseExploreArguments(['--time', 'soon']), '--time soon: not a duration such as 60s, 2m or 500ms');
  assert.equal(parseExploreArguments(['--path', 'x']), "--path x: not a path such as 36:4:3, as a finding's replay line gives it");
  assert.equal(parseExploreArguments(['--seed']), '--seed needs a value');
  assert.equal(parseExploreArguments(['--fast', '1']), 'unknown option --fast (use --runs, --time, --seed, --path or --commands)');
});

test('npm run conformance -- --explore: its --explore-* options become the exploration\'s, the rest stay Playwright\'s', () => {
  assert.deepEqual(conformanceExploration(['--grep', '@CARD', '--workers=2']), { rest: ['--grep', '@CARD', '--workers=2'] });
  assert.deepEqual(conformanceExploration(['--explore', '--grep', '@CARD']), { settings: { runs: 200, seed: 1 }, rest: ['--grep', '@CARD'] });
  assert.deepEqual(conformanceExploration(['--explore', '--explore-runs', '500', '--explore-seed', '9', '--explore-time', '2m']), {
    settings: { runs: 500, seed: 9, timeMs: 120_000 },
    rest: [],
  });
  assert.deepEqual(conformanceExploration(['--explore', '--explore-runs', 'many']).settings, '--explore-runs many: not a positive whole number');
  assert.deepEqual(conformanceExploration(['--explore-runs', '5']).settings, '--explore-* options need --explore');
  assert.deepEqual(conformanceExploration(['--explore', '--shard=1/2']).settings, '--explore needs a whole run, not a shard: run npm run explore beside the shards');
});
