import assert from 'node:assert/strict';
import test from 'node:test';
import { declaredName } from '../../harness/reporting/covers';
import { operations } from '../../harness/contract/contract';
import { expandRows, limitDeclaration, type LimitFile, type LimitValue, limitFile, limitTitle, loadLimitFiles, presenceOf, resolveValue, shownValue } from '../../harness/matrices/limits';

const file: LimitFile = {
  operation: 'updateCardPreferences',
  title: 'Tiny',
  source: 'https://dev.m2p.app/docs/prepaidv2/x',
  rows: [
    { id: 'T-LIMIT-001', boundary: 'above-max', field: 'maxTransaction', value: { bound: 'upper', offset: 1 }, expect: { status: 400, fieldErrorOn: 'maxTransaction' }, requirements: ['CARD-PREF-003'], provenance: 'documented' },
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

test('a literal value is sent as it is: a string of digits stays a string, a number a number', () => {
  assert.equal(resolveValue('0', {}), '0');
  assert.equal(resolveValue(0.01, {}), 0.01);
  assert.equal(resolveValue('ten', { ten: 10 }), 'ten');
  assert.deepEqual(resolveValue([50, 50], {}), [50, 50]);
  assert.equal(resolveValue(null, {}), null);
});

test('a bound is sent in the type the environment reports it in, plus its offset', () => {
  assert.equal(resolveValue({ bound: 'upper' }, { upper: '20' }), '20');
  assert.equal(resolveValue({ bound: 'upper', offset: 1 }, { upper: '20' }), '21');
  assert.equal(resolveValue({ bound: 'upper', offset: -1 }, { upper: 20 }), 19);
  assert.equal(resolveValue({ bound: 'availableBalance' }, { availableBalance: 1000 }), 1000);
  assert.throws(() => resolveValue({ bound: 'lower' }, { upper: '20' }), /the environment reports no lower/);
  assert.throws(() => resolveValue({ bound: 'upper', offset: 1 }, { upper: 'none' }), /reports no numeric upper \(got none\)/);
});

test('a value of the test\'s own data is what the spec gives under its name; a presence is the spec\'s to send or leave out', () => {
  assert.equal(resolveValue({ own: 'pan' }, { pan: 'ABCPE1234F' }), 'ABCPE1234F');
  assert.throws(() => resolveValue({ own: 'newPam' }, { newPan: 'ABCPE1234F' }), /no value of its own named newPam/);
  assert.throws(() => resolveValue({ presence: 'omitted' }, {}), /sent or left out by the operation's spec/);
  assert.equal(presenceOf({ presence: 'given' }), 'given');
  assert.equal(presenceOf('given'), undefined);
});

test('a title shows a bound, the test\'s own data and a presence as the text rows were once written in', () => {
  assert.equal(shownValue({ bound: 'upperLimitMaxTransaction' }), '{upperLimitMaxTransaction}');
  assert.equal(shownValue({ bound: 'upperLimitMaxTransaction', offset: 1 }), '{upperLimitMaxTransaction+1}');
  assert.equal(shownValue({ bound: 'totalBalance', offset: -1 }), '{totalBalance-1}');
  assert.equal(shownValue({ own: 'newPan' }), '{newPan}');
  assert.equal(shownValue({ presence: 'omitted' }), 'omitted');
  assert.equal(shownValue([50, 49]), '50+49');
  assert.equal(shownValue(['treasury.ops@']), 'treasury.ops@');
  assert.equal(shownValue(999999999999.99), '999999999999.99');
  assert.equal(shownValue('ten'), 'ten');
});

test('titles name the row, its requirements, where it runs, the value and the outcome', () => {
  const [first] = expandRows(file, { scope: ['international'], type: ['ATM'] });
  assert.equal(declaredName(limitDeclaration(file, first)), '[T-LIMIT-001] [CARD-PREF-003] international ATM: maxTransaction {upper+1} (above-max) is rejected with 400 on maxTransaction');
});

test('a title names the given, and what a later read must show', () => {
  const row = { ...file.rows[0], field: 'lienAmount', value: 250, boundary: 'within' as const, given: { lien: 400 }, readBack: { held: 250 }, expect: { status: 200 } };
  assert.equal(limitTitle({ row, at: { type: 'ADJUST' } }), 'ADJUST, given a lien of 400: lienAmount 250 (within) is accepted and reads back held 250');
  const minor = { ...row, field: 'guardian', value: { presence: 'omitted' as const }, given: { nominee: 'minor' as const }, readBack: { held: { bound: 'totalBalance' } } };
  assert.equal(limitTitle({ row: minor, at: {} }), 'given a minor nominee: guardian omitted (within) is accepted and reads back held {totalBalance}');
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

test('a title masks the value of a personal field by its key, an array item by item, and leaves the test\'s own data and other values as they are', () => {
  const titleOf = (field: string, value: LimitValue) => declaredName(limitDeclaration(file, { row: { ...file.rows[0], field, value, boundary: 'above-max' as const, expect: { status: 200 } }, at: {} }));
  assert.match(titleOf('emailRecipients', 'ops.team@example.com'), / emailRecipients \*\*\*\*@example\.com \(above-max\)/);
  assert.match(titleOf('mobile', '9876543210'), / mobile XXXXXX3210 /);
  assert.match(titleOf('emailRecipients', ['ops.team@example.com']), / emailRecipients \*\*\*\*@example\.com \(above-max\)/);
  assert.match(titleOf('pan', { own: 'newPan' }), / pan \{newPan\} /);
  assert.match(titleOf('dob', { own: 'dob' }), / dob \{dob\} /);
  assert.match(titleOf('thresholdAmount', '999999999999.99'), / thresholdAmount 999999999999\.99 /);
});

// Titles are test identities in baselines and reports: these are as they read when values were text, one for each kind.
test('the rows\' titles read as they did when values were text', () => {
  const dimensions: Record<string, Record<string, string[]>> = {
    markLien: { type: ['ADD', 'ADJUST', 'REMOVE'] },
    searchCustomers: { searchType: ['FIRST_NAME'] },
    updateCardPreferences: { scope: ['international'], type: ['ATM'] },
  };
  const titles = new Set(loadLimitFiles().flatMap((file) => expandRows(file, dimensions[file.operation] ?? {}).map((c) => declaredName(limitDeclaration(file, c)))));
  for (const title of [
    '[NOMINEE-LIMIT-003] [CUST-NOMINEE-002] percentShare 50+49 (below-min) is rejected with PPCUST_010',
    '[NOMINEE-LIMIT-008] [CUST-NOMINEE-003] given a minor nominee: guardian omitted (missing) is rejected with PPCUST_010',
    '[NOMINEE-LIMIT-009] [CUST-NOMINEE-001] given a minor nominee: guardian given (within) is accepted and reads back',
    '[LIEN-LIMIT-008] [WALLET-LIEN-002] ADJUST, given a lien of 400: lienAmount {totalBalance} (at-max) is accepted and reads back held {totalBalance}',
    '[LIEN-LIMIT-009] [WALLET-LIEN-004] ADJUST, given a lien of 400: lienAmount {totalBalance+1} (above-max) is rejected with PPCUST_079 and reads back held 400',
    '[ALERT-LIMIT-004] [ALERT-001] thresholdAmount 999999999999.99 (at-max) is accepted and reads back',
    '[ALERT-LIMIT-006] [ALERT-001] emailRecipients ****@example.com (within) is accepted and reads back',
    '[PROFILE-LIMIT-001] [CUST-PROFILE-001] pan {newPan} (within) is accepted and reads back',
    '[PROFILE-LIMIT-002] [CUST-PROFILE-004] pan XXXXX1234 (below-min) is rejected with 400 on pan',
    '[SEARCH-LIMIT-005] [CUST-SEARCH-005] FIRST_NAME: pageNo -1 (below-min) is rejected with 400 on pageNo',
    '[PREF-LIMIT-002] [CARD-PREF-003] [CARD-PREF-008] international ATM: maxTransaction {upperLimitMaxTransaction+1} (above-max) is rejected with 400 on maxTransaction',
    '[PREF-LIMIT-016] [CARD-PREF-007] international ATM: upperLimitMaxTransaction {upperLimitMaxTransaction+1} (above-max) is accepted and reads back preferences unchanged',
    '[USAGE-LIMIT-002] [CUST-USAGE-004] dob {dob} (within) is accepted and reads back base LOAD 1500, forex LOAD 250',
  ]) {
    assert.ok(titles.has(title), title);
  }
});
