import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import test from 'node:test';
import requirementsFile from '../../fixtures/requirements.json' with { type: 'json' };
import { checks } from '../../harness/checks';
import { declaredIds } from '../../harness/reporting/covers';
import { deviationIds } from '../../harness/profile/expectations';
import { loadMatrices, setupPath } from '../../harness/matrices/matrices';
import { provenRequirements } from '../../harness/reporting/requirements';
import { faults } from '../../sandbox/faults';
import { localBin } from '../../runner/local-bin';

const root = join(import.meta.dirname, '..', '..');
const catalogue = requirementsFile.requirements.map((r) => r.id);
const tripped = new Set(faults.flatMap((f) => f.trips));

const matrices = loadMatrices();
const runnableCells = matrices.flatMap((m) => m.cells.filter((cell) => setupPath(m, cell.from)));
const unreachableCells = matrices.flatMap((m) => m.cells.filter((cell) => !setupPath(m, cell.from)));
const namedByRunnableCells = new Set(runnableCells.flatMap(provenRequirements));
/** Requirements that only cells of unreachable statuses name: reported unreachable on every run, never tripped. */
const unreachableOnly = new Set(unreachableCells.flatMap(provenRequirements).filter((id) => !namedByRunnableCells.has(id)));

/**
 * Every requirement ID a registered test declares (harness/reporting/covers.ts), as Playwright lists the suite: an ID in a
 * comment, or in a cell or row no spec expands, counts for nothing.
 */
function namedInSpecs(): Set<string> {
  // The listing of some thousand tests is a few MB of JSON, above spawnSync's default buffer.
  const listed = spawnSync(localBin('playwright'), ['test', '--list', '--reporter=json'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(listed.status, 0, `${listed.error ?? ''} ${listed.stderr}`);
  const tags: string[] = [];
  const walk = (suite: ListedSuite): void => {
    for (const spec of suite.specs ?? []) tags.push(...spec.tags);
    for (const inner of suite.suites ?? []) walk(inner);
  };
  for (const suite of (JSON.parse(listed.stdout) as { suites: ListedSuite[] }).suites) walk(suite);
  return new Set(declaredIds(tags).filter((id) => !caseIds.has(id)));
}

interface ListedSuite {
  specs?: { tags: string[] }[];
  suites?: ListedSuite[];
}

/** Cell and row IDs, which tests declare beside their requirement IDs. */
const caseIds = new Set([...deviationIds([])]);
const named = namedInSpecs();

test('every requirement in the catalogue is named by a spec or enforced by a check on every exchange', () => {
  const checked = new Set(checks.map((c) => c.requirement));
  assert.deepEqual(catalogue.filter((id) => !named.has(id) && !checked.has(id)), []);
});

test('every requirement a spec names or a check enforces is in the catalogue', () => {
  assert.deepEqual(checks.map((c) => c.requirement).filter((id) => !catalogue.includes(id)), []);
  assert.deepEqual([...named].filter((id) => !catalogue.includes(id)), []);
});

test('every requirement is tripped by at least one planted fault (a check no fault trips is unproven)', () => {
  assert.deepEqual(catalogue.filter((id) => !tripped.has(id) && !unreachableOnly.has(id)), []);
});

test('the only requirements no fault trips are those of cells no allowed path reaches (reported unreachable on every run)', () => {
  // No partner operation brings a card to HOTLISTED, CLOSED or EXPIRED (catalog §6.3); an environment that can is tested.
  assert.deepEqual([...unreachableOnly], ['CARD-STATUS-005']);
});

test('every matrix test a planted fault names exists, so a fault cannot claim cells the suite never runs', () => {
  const ids = new Set(matrices.flatMap((m) => m.cells.map((cell) => cell.id)));
  assert.equal(ids.size, matrices.reduce((n, m) => n + m.cells.length, 0), 'cell IDs are unique across matrices');
  for (const fault of faults.filter((f) => f.cells)) {
    const selected = runnableCells.filter((cell) => {
      const matrix = matrices.find((m) => m.cells.includes(cell))!.matrix;
      return cell.expect.some((o) => fault.cells!({ matrix, cell, actor: o.actor, status: o.status }));
    });
    assert.ok(selected.length > 0, `${fault.name} selects no runnable cell`);
  }
});

test('every check of the harness is tripped by at least one planted fault', () => {
  assert.deepEqual(checks.filter((c) => !tripped.has(c.requirement)).map((c) => c.id), []);
});

test('every fault trips only requirements of the catalogue', () => {
  for (const fault of faults) assert.deepEqual(fault.trips.filter((id) => !catalogue.includes(id)), [], fault.name);
});
