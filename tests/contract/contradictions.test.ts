/**
 * INTERPRETING.md, "Where the docs contradict themselves": one row per numbered item of the catalog's §11
 * (../shared/reference/m2p-api-catalog.md, beside the clone as in CI), each naming how the suite handles it. A row that
 * names an interpretation point, a requirement, a matrix cell or limit row, a documented example, a file or a test title
 * must name one that exists, so the table cannot drift from the suite it describes.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const read = (...parts: string[]) => readFileSync(join(root, ...parts), 'utf8');
const SECTION = '## Where the docs contradict themselves';
const COLUMNS = ['#', 'the docs say', 'the suite', 'interpretation point', 'held by'] as const;

/** What a row may name, gathered from the suite. */
interface Known {
  points: ReadonlySet<string>;
  /** Requirement IDs, matrix cell IDs and limit row IDs. */
  ids: ReadonlySet<string>;
  examples: ReadonlySet<string>;
  exists: (path: string) => boolean;
  /** The text of a file, for the test titles a row quotes. */
  text: (path: string) => string;
  /** The requirements each point decides. */
  pointRequirements: (point: string) => readonly string[];
}

/** The numbers of the items of a markdown section (`1. …`), from its heading to the next `## `. */
function numberedItems(markdown: string, heading: RegExp): number[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).flatMap((line) => /^([0-9]+)\. /.exec(line)?.slice(1).map(Number) ?? []);
}

/** The rows of the table of {@link SECTION}, each cell by column name. */
function contradictionRows(interpreting: string): Record<(typeof COLUMNS)[number], string>[] {
  const lines = interpreting.split('\n');
  const start = lines.indexOf(SECTION);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const table = lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.startsWith('|'));
  const cells = (line: string) => line.slice(1, -1).split('|').map((cell) => cell.trim());
  assert.deepEqual(cells(table[0] ?? '|'), [...COLUMNS], 'the table\'s columns');
  return table.slice(2).map((line) => Object.fromEntries(COLUMNS.map((column, i) => [column, cells(line)[i] ?? ''])) as Record<(typeof COLUMNS)[number], string>);
}

const backticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

/** Everything wrong with the table against the catalog's §11 and the suite; empty when it holds. */
function tableProblems(interpreting: string, catalog: string, known: Known): string[] {
  const items = numberedItems(catalog, /^## 11\. /);
  if (items.length === 0) return ['the catalog has no numbered items under "## 11."'];
  const rows = contradictionRows(interpreting);
  const numbers = rows.map((row) => Number(row['#']));
  const problems = [
    ...items.filter((n) => !numbers.includes(n)).map((n) => `catalog §11 item ${n} has no row`),
    ...numbers.filter((n) => !items.includes(n)).map((n) => `row ${n} is no item of catalog §11`),
    ...numbers.filter((n, i) => numbers.indexOf(n) !== i).map((n) => `row ${n} is there twice`),
  ];
  for (const row of rows) {
    const n = row['#'];
    for (const column of COLUMNS) if (row[column] === '') problems.push(`row ${n}: "${column}" is empty`);
    const points = row['interpretation point'] === '—' ? [] : backticked(row['interpretation point']);
    if (row['interpretation point'] !== '—' && points.length === 0) problems.push(`row ${n}: the point is neither — nor an ID`);
    for (const point of points) {
      if (!known.points.has(point)) {
        problems.push(`row ${n}: interpretation point ${point} is not in fixtures/interpretations.json`);
        continue;
      }
      // Both sides are proven by the point's reading and its requirements (tests/suite/planted-faults.test.ts).
      if (!row['held by'].includes(`sandbox/readings/${point}.ts`)) problems.push(`row ${n}: names no reading of ${point}`);
      if (!known.pointRequirements(point).some((id) => row['held by'].includes(id))) problems.push(`row ${n}: names none of the requirements ${point} decides`);
    }
    const held = backticked(row['held by']);
    const files = held.filter((token) => /^[a-z][\w.-]*\/[\w./-]+\.(ts|json|md)$/.test(token));
    for (const token of held) {
      if (/^[A-Z]+(-[A-Z]+)*-[0-9]{3}$/.test(token) && !known.ids.has(token)) problems.push(`row ${n}: ${token} is no requirement, cell or limit row`);
      else if (/^(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)+$/.test(token) && !known.examples.has(token)) problems.push(`row ${n}: ${token} is no documented example`);
      else if (files.includes(token) && !known.exists(token)) problems.push(`row ${n}: ${token} does not exist`);
      // A quoted test title: it is in one of the row's files (quotes unescaped).
      else if (token.includes(' ') && !files.some((file) => known.exists(file) && known.text(file).replaceAll('\\', '').includes(token))) {
        problems.push(`row ${n}: no file of the row has the title "${token}"`);
      }
    }
  }
  return problems;
}

function suiteKnown(): Known {
  const points = (JSON.parse(read('fixtures', 'interpretations.json')) as { points: { id: string; requirements: string[] }[] }).points;
  const requirements = (JSON.parse(read('fixtures', 'requirements.json')) as { requirements: { id: string }[] }).requirements.map((r) => r.id);
  const rowIds = ['matrices', 'effects', 'limits'].flatMap((dir) =>
    readdirSync(join(root, 'fixtures', dir)).filter((f) => f.endsWith('.json')).flatMap((f) => [...read('fixtures', dir, f).matchAll(/"id":\s*"([^"]+)"/g)].map((m) => m[1]!)),
  );
  const examples = (JSON.parse(read('tests', 'contract', 'documented-examples.json')) as { id: string }[]).map((e) => e.id);
  return {
    points: new Set(points.map((p) => p.id)),
    ids: new Set([...requirements, ...rowIds]),
    examples: new Set(examples),
    exists: (path) => existsSync(join(root, path)),
    text: (path) => read(path),
    pointRequirements: (point) => points.find((p) => p.id === point)?.requirements ?? [],
  };
}

const catalog = () => readFileSync(join(root, '..', 'shared', 'reference', 'm2p-api-catalog.md'), 'utf8');

test('INTERPRETING.md has a row for each of the 14 contradictions of catalog §11, and names only points, requirements, examples, files and titles that exist', () => {
  assert.deepEqual(numberedItems(catalog(), /^## 11\. /), Array.from({ length: 14 }, (_, i) => i + 1));
  assert.equal(contradictionRows(read('INTERPRETING.md')).length, 14);
  assert.deepEqual(tableProblems(read('INTERPRETING.md'), catalog(), suiteKnown()), []);
});

test('the table check fails on a missing row, an unknown interpretation point, and a title no file has', () => {
  const interpreting = read('INTERPRETING.md');
  const known = suiteKnown();
  const rows = interpreting.split('\n');
  const withoutRow14 = rows.filter((line) => !line.startsWith('| 14 |')).join('\n');
  assert.deepEqual(tableProblems(withoutRow14, catalog(), known), ['catalog §11 item 14 has no row']);
  const unknownPoint = interpreting.replace('| `error-code-key` |', '| `no-such-point` |');
  assert.deepEqual(tableProblems(unknownPoint, catalog(), known), ['row 1: interpretation point no-such-point is not in fixtures/interpretations.json']);
  const wrongTitle = interpreting.replace('a search without tenant gets 400 constraint-violation, naming tenant', 'a search without tenant is fine');
  assert.deepEqual(tableProblems(wrongTitle, catalog(), known), ['row 6: no file of the row has the title "a search without tenant is fine"']);
  assert.deepEqual(tableProblems(interpreting, '## 11. x\n1. one\n\n## 12.', known).slice(0, 1), ['row 2 is no item of catalog §11']);
});
