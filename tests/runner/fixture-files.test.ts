import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import requirementsData from '../../fixtures/requirements.json' with { type: 'json' };
import { checkFixtureFiles } from '../../runner/fixture-files';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

/** A copy of fixtures/ (data files only), with one file replaced. */
function withFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  cpSync(join(fixtures, 'requirements.json'), join(dir, 'requirements.json'));
  writeFileSync(join(dir, name), text);
  return dir;
}

test('the project\'s own fixture files pass their meta-schemas', () => {
  assert.deepEqual(checkFixtureFiles(), []);
});

test('a fixture file that is not JSON is one line naming the file', () => {
  const dir = withFile('requirements.json', '{"version": "1.0.0", ');
  try {
    const [line, ...rest] = checkFixtureFiles(dir);
    assert.deepEqual(rest, []);
    assert.match(line, /requirements\.json: not valid JSON/);
    assert.doesNotMatch(line, /\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a requirement with a level outside MUST/SHOULD/MAY is one line naming where and the levels there are', () => {
  const file = catalogueCopy();
  file.requirements[2].level = 'MUSTN\'T';
  const dir = withFile('requirements.json', JSON.stringify(file));
  try {
    assert.deepEqual(checkFixtureFiles(dir).map((l) => l.replace(/^.*requirements\.json: /, '')), ['/requirements/2/level must be equal to one of the allowed values: "MUST", "SHOULD", "MAY"']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a requirement ID listed twice is refused', () => {
  const file = catalogueCopy();
  file.requirements.push({ ...file.requirements[0] });
  const dir = withFile('requirements.json', JSON.stringify(file));
  try {
    assert.match(checkFixtureFiles(dir).join('\n'), new RegExp(`requirement ID ${file.requirements[0].id} is listed twice`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a data file without a meta-schema is refused', () => {
  const dir = withFile('unsorted-data.json', '[]');
  try {
    assert.match(checkFixtureFiles(dir).join('\n'), /unsorted-data\.json: no meta-schema/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A deep copy of the catalogue, to break. */
function catalogueCopy(): { requirements: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(requirementsData));
}

/** A copy of fixtures/ with the card matrix changed by `change`. */
function withCardMatrix(change: (matrix: { cells: Record<string, unknown>[] }) => void): string {
  const dir = withFile('requirements.json', JSON.stringify(requirementsData));
  const matrix = JSON.parse(readFileSync(join(fixtures, 'matrices', 'card-status.json'), 'utf8'));
  change(matrix);
  mkdirSync(join(dir, 'matrices'));
  writeFileSync(join(dir, 'matrices', 'card-status.json'), JSON.stringify(matrix));
  return dir;
}

test('a matrix that is not total is one line naming the file and the transition nobody decided', () => {
  const dir = withCardMatrix((m) => {
    m.cells = m.cells.filter((c) => c.id !== 'CARD-CELL-006');
  });
  try {
    assert.deepEqual(checkFixtureFiles(dir).map((l) => l.replace(/^.*matrices\//, 'matrices/')), ['matrices/card-status.json: no cell for LOCKED → BLOCKED (a matrix is total)']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a matrix cell outside the meta-schema (an inferred cell without its assumption) is one line naming where', () => {
  const dir = withCardMatrix((m) => {
    delete m.cells[1].assumption;
  });
  try {
    assert.deepEqual(checkFixtureFiles(dir).map((l) => l.replace(/^.*matrices\//, 'matrices/')), ["matrices/card-status.json: /cells/1 must have required property 'assumption'"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a limit row naming an unknown requirement, or a row ID another file already uses, is one line each', () => {
  const dir = withFile('requirements.json', JSON.stringify(requirementsData));
  const lien = JSON.parse(readFileSync(join(fixtures, 'limits', 'lien.json'), 'utf8'));
  const nominee = JSON.parse(readFileSync(join(fixtures, 'limits', 'nominee.json'), 'utf8'));
  lien.rows[0].requirements = ['WALLET-LIEN-999'];
  nominee.rows[0].id = lien.rows[1].id;
  mkdirSync(join(dir, 'limits'));
  writeFileSync(join(dir, 'limits', 'lien.json'), JSON.stringify(lien));
  writeFileSync(join(dir, 'limits', 'nominee.json'), JSON.stringify(nominee));
  try {
    assert.deepEqual(checkFixtureFiles(dir).map((l) => l.replace(/^.*limits\//, 'limits/')), [
      'limits/lien.json: row LIEN-LIMIT-001 names unknown requirement WALLET-LIEN-999',
      'limits/nominee.json: row ID LIEN-LIMIT-002 is used twice',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The one line checkFixtureFiles gives for fixtures/limits/<name>.json with one row changed by `change`. */
function limitLine(name: string, row: number, change: (row: Record<string, unknown>) => void): string[] {
  const dir = withFile('requirements.json', JSON.stringify(requirementsData));
  const file = JSON.parse(readFileSync(join(fixtures, 'limits', `${name}.json`), 'utf8'));
  change(file.rows[row]);
  mkdirSync(join(dir, 'limits'));
  writeFileSync(join(dir, 'limits', `${name}.json`), JSON.stringify(file));
  try {
    return checkFixtureFiles(dir).map((l) => l.replace(/^.*limits\//, 'limits/'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a limit row\'s value in a shape the meta-schema does not know is one line naming the file, the row and what is wrong', () => {
  assert.deepEqual(limitLine('card-preferences', 1, (r) => (r.value = { bound: 'upperLimitMaxTransaction', offset: 1.5 })), [
    'limits/card-preferences.json: /rows/1/value/offset must be integer',
  ]);
  assert.deepEqual(limitLine('card-preferences', 1, (r) => (r.value = { bound: 'upperLimitMaxTransaction', ofset: 1 })), [
    'limits/card-preferences.json: /rows/1/value must NOT have additional properties: ofset',
  ]);
  assert.deepEqual(limitLine('profile', 0, (r) => (r.value = { own: 'newPan', offset: 1 })), ['limits/profile.json: /rows/0/value must have property bound when property offset is present']);
  assert.deepEqual(limitLine('nominee', 7, (r) => (r.value = { presence: 'absent' })), [
    'limits/nominee.json: /rows/7/value/presence must be equal to one of the allowed values: "omitted", "given"',
  ]);
});

test('a limit row\'s given or readBack its operation\'s spec does not read is one line naming the file, the row and what is wrong', () => {
  assert.deepEqual(limitLine('lien', 6, (r) => (r.given = 'a lien of 400')), ['limits/lien.json: /rows/6/given must be object']);
  assert.deepEqual(limitLine('lien', 6, (r) => (r.given = { lein: 400 })), ["limits/lien.json: /rows/6/given must have required property 'lien'"]);
  assert.deepEqual(limitLine('lien', 6, (r) => (r.given = { lien: 400, nominee: 'minor' })), ['limits/lien.json: /rows/6/given must NOT have additional properties: nominee']);
  assert.deepEqual(limitLine('nominee', 7, (r) => (r.given = { nominee: 'minr' })), ['limits/nominee.json: /rows/7/given/nominee must be equal to one of the allowed values: "minor"']);
  assert.deepEqual(limitLine('alert', 0, (r) => (r.given = { lien: 400 })), ['limits/alert.json: /rows/0/given is not allowed here']);
  assert.deepEqual(limitLine('lien', 1, (r) => (r.readBack = { held: '{availableBalance}' })), ['limits/lien.json: /rows/1/readBack/held must be number']);
  assert.deepEqual(limitLine('lien', 1, (r) => (r.readBack = { held: { bound: 'availableBalance', offset: 'one' } })), ['limits/lien.json: /rows/1/readBack/held/offset must be integer']);
  assert.deepEqual(limitLine('card-preferences', 15, (r) => (r.readBack = { preferences: 'unchnaged' })), ['limits/card-preferences.json: /rows/15/readBack/preferences must be "unchanged"']);
});

test('a limit row whose value is text in braces, which a title would show as a bound, is one line naming the file and the row', () => {
  assert.deepEqual(limitLine('profile', 0, (r) => (r.value = '{newPan}')), [
    'limits/profile.json: row PROFILE-LIMIT-001 would send the text {newPan}; a bound is {"bound": …}, a value of the test\'s own data {"own": …}',
  ]);
});
