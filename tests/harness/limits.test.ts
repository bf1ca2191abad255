import assert from 'node:assert/strict';
import test from 'node:test';
import { operations } from '../../harness/contract';
import { expandRows, limitDeclaration, type LimitFile, limitFile, limitTitle, loadLimitFiles, resolveValue } from '../../harness/limits';

const file: LimitFile = {
  operation: 'updateCardPreferences',
  title: 'Tiny',
  source: 'https://dev.m2p.app/docs/prepaidv2/x',
  rows: [
    { id: 'T-LIMIT-001', boundary: 'above-max', field: 'maxTransaction', value: '{upper+1}', expect: { status: 400, fieldErrorOn: 'maxTransaction' }, requirements: ['CARD-PREF-003'], provenance: 'documented' },
    { id: 'T-LIMIT-002', boundary: 'zero', field: 'maxTransaction', value: '0', where: { type: ['ATM'] }, expect: { status: 200 }, requirements: ['CARD-PREF-001'], provenance: 'documented' },
  ],
};

test('a row runs at every point of the dimensions, narrowed by its where', () => {
  const cases = expandRows(file, { scope: ['domestic', 'international'], type: ['ATM', 'POS'] });
  assert.deepEqual(cases.map((c) => `${c.row.id} ${c.at.scope} ${c.at.type}`), [
    'T-LIMIT-001 domestic ATM', 'T-LIMIT-001 domestic POS', 'T-LIMIT-001 international ATM', 'T-LIMIT-001 international POS',
    'T-LIMIT-002 domestic ATM', 'T-LIMIT-002 international ATM',
  ]);
});

test('a value names a bound the environment reports, one above or one below it, or is literal', () => {
  assert.equal(resolveValue('{upper}', { upper: '20' }), '20');
  assert.equal(resolveValue('{upper+1}', { upper: '20' }), '21');
  assert.equal(resolveValue('{upper-1}', { upper: 20 }), '19');
  assert.equal(resolveValue('ten', { upper: '20' }), 'ten');
  assert.equal(resolveValue('{pan}', { pan: 'ABCPE1234F' }), 'ABCPE1234F');
  assert.throws(() => resolveValue('{lower}', { upper: '20' }), /reports no numeric lower/);
});

test('titles name the row, its requirements, where it runs, the value and the outcome', () => {
  const [first] = expandRows(file, { scope: ['international'], type: ['ATM'] });
  assert.equal(limitDeclaration(file, first)[0], '[T-LIMIT-001] [CARD-PREF-003] international ATM: maxTransaction {upper+1} (above-max) is rejected with 400 on maxTransaction');
});

test('a title names the given, and what a later read must show', () => {
  const row = { ...file.rows[0], field: 'lienAmount', value: '250', boundary: 'within' as const, given: 'a lien of 400', readBack: { held: 250 }, expect: { status: 200 } };
  assert.equal(limitTitle({ row, at: { type: 'ADJUST' } }), 'ADJUST, given a lien of 400: lienAmount 250 (within) is accepted and reads back held 250');
});

test('the card preference rows expand to 95 tests with unique titles', () => {
  const types = ['ATM', 'E-com', 'POS', 'ContactLess', 'Cash-PoS', 'Tokenization', 'Recurring Transactions'];
  const titles = expandRows(limitFile('card-preferences'), { scope: ['domestic', 'international'], type: types }).map(limitTitle);
  assert.equal(titles.length, 95);
  assert.equal(new Set(titles).size, titles.length);
});

test('every limit file names an operation of the contract', () => {
  const known = new Set(operations().map((op) => op.operationId));
  assert.deepEqual(loadLimitFiles().map((f) => f.operation).filter((op) => !known.has(op)), []);
});

test('a title masks the value of a personal field by its key, and leaves placeholders and other values as they are', () => {
  const titleOf = (field: string, value: string) => limitDeclaration(file, { row: { ...file.rows[0], field, value, boundary: 'above-max' as const, expect: { status: 200 } }, at: {} })[0];
  assert.match(titleOf('emailRecipients', 'ops.team@example.com'), / emailRecipients \*\*\*\*@example\.com \(above-max\)/);
  assert.match(titleOf('mobile', '9876543210'), / mobile XXXXXX3210 /);
  assert.match(titleOf('pan', '{newPan}'), / pan \{newPan\} /);
  assert.match(titleOf('thresholdAmount', '999999999999.99'), / thresholdAmount 999999999999\.99 /);
});
