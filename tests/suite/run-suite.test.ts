import assert from 'node:assert/strict';
import test from 'node:test';
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
