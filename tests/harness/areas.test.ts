import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import test from 'node:test';
import { sources } from './source-files';

/**
 * The harness in areas (each folder's README says what it owns and what it may import): every file sits in one, and
 * no import crosses into an area its README does not list. Only the import surface of specs (index.ts) and the
 * fixtures (fixtures.ts) sit at the top.
 */
const root = join(import.meta.dirname, '..', '..');
const harness = join(root, 'harness');
const TOP = ['fixtures.ts', 'index.ts'];

const areas = readdirSync(harness, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
/** The areas an area's README lets it import: its line `May import: a, b.` (or `nothing else in harness/`). */
function mayImport(area: string): string[] {
  const readme = join(harness, area, 'README.md');
  assert.ok(existsSync(readme), `harness/${area}/ has no README.md saying what it owns and may import`);
  const line = /^May import: (.*)\.$/m.exec(readFileSync(readme, 'utf8'));
  assert.ok(line, `harness/${area}/README.md has no line "May import: …."`);
  return line[1] === 'nothing else in harness/' ? [] : line[1].split(', ');
}

test('every harness file sits in an area, and each area says what it owns and may import', () => {
  const loose = readdirSync(harness).filter((name) => name.endsWith('.ts') && !TOP.includes(name));
  assert.deepEqual(loose, [], 'a file at the top of harness/: move it to the area that owns it');
  for (const area of areas) for (const allowed of mayImport(area)) assert.ok(areas.includes(allowed), `harness/${area}/README.md names "${allowed}", no area`);
});

test('no harness file imports from an area its own area may not import', () => {
  const crossings = areas.flatMap((area) => {
    const allowed = new Set(mayImport(area));
    return sources(join(harness, area)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']*)'/g)].flatMap(([, spec]) => {
        const [top, target] = relative(harness, normalize(join(dirname(file), spec))).split(sep);
        const crosses = top !== '..' && target !== undefined && top !== area && areas.includes(top) && !allowed.has(top);
        return crosses ? [`${relative(root, file)} imports ${spec}`] : [];
      }),
    );
  });
  assert.deepEqual(crossings, []);
});

test('specs import the harness through its surfaces: harness/index.ts, and harness/exploration/index.ts for the exploration', () => {
  const deep = sources(join(root, 'specs')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']*harness[^']*)'/g)].filter(([, spec]) => !/harness(\/exploration)?(\/index)?$/.test(spec)).map(([, spec]) => `${relative(root, file)}: ${spec}`),
  );
  assert.deepEqual(deep, []);
});
