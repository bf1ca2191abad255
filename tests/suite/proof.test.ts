import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import requirementsFile from '../../fixtures/requirements.json' with { type: 'json' };
import { checks } from '../../harness/checks';
import { faults } from '../../sandbox/faults';

const root = join(import.meta.dirname, '..', '..');
const catalogue = requirementsFile.requirements.map((r) => r.id);
const tripped = new Set(faults.flatMap((f) => f.trips));

/** Every `[REQ-ID]` named in a spec title. */
function namedInSpecs(): Set<string> {
  const ids = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.spec.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/\[([A-Z]+(?:-[A-Z0-9]+)*-[0-9]{3})\]/g)) ids.add(m[1]);
    }
  };
  walk(join(root, 'specs'));
  return ids;
}

test('every requirement in the catalogue is named by a spec or enforced by a check on every exchange', () => {
  const named = namedInSpecs();
  const checked = new Set(checks.map((c) => c.requirement));
  assert.deepEqual(catalogue.filter((id) => !named.has(id) && !checked.has(id)), []);
});

test('every requirement a spec names or a check enforces is in the catalogue', () => {
  assert.deepEqual(checks.map((c) => c.requirement).filter((id) => !catalogue.includes(id)), []);
  assert.deepEqual([...namedInSpecs()].filter((id) => !catalogue.includes(id)), []);
});

test('every requirement is tripped by at least one planted fault (a check no fault trips is unproven)', () => {
  assert.deepEqual(catalogue.filter((id) => !tripped.has(id)), []);
});

test('every check of the harness is tripped by at least one planted fault', () => {
  assert.deepEqual(checks.filter((c) => !tripped.has(c.requirement)).map((c) => c.id), []);
});

test('every fault trips only requirements of the catalogue', () => {
  for (const fault of faults) assert.deepEqual(fault.trips.filter((id) => !catalogue.includes(id)), [], fault.name);
});
