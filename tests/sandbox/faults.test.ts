import assert from 'node:assert/strict';
import test from 'node:test';
import { REGISTRIES, registeredModules } from '../../scripts/generate-registries';
import { buildSandbox } from '../../sandbox/app';
import { ActiveFaults, UnknownFaultError } from '../../sandbox/faults/active-faults';
import { faults } from '../../sandbox/faults/index';
import { sandbox } from './helpers';

test('every fault is named after its module, with a one-line reason and requirement IDs', () => {
  assert.deepEqual(faults.map((f) => f.name), registeredModules(REGISTRIES.find((r) => r.definer === 'defineFault')!));
  for (const fault of faults) {
    assert.ok(fault.reason.length > 10 && !fault.reason.includes('\n'), fault.name);
    assert.ok((fault.trips.length > 0 || fault.environment || fault.sequence || fault.slow) && fault.trips.every((id) => /^[A-Z]+(-[A-Z0-9]+)*-\d{3}$/.test(id)), fault.name);
  }
});

test('an unknown fault name is refused, naming it and the known ones', () => {
  assert.throws(() => buildSandbox({ faults: ['no-such-fault'] }), (error: unknown) => {
    assert.ok(error instanceof UnknownFaultError);
    assert.match(error.message, /no-such-fault/);
    assert.match(error.message, /drop-pagination/);
    return true;
  });
  assert.deepEqual(new ActiveFaults([' drop-pagination ', '']).names, ['drop-pagination']);
});

for (const fault of faults) {
  test(`fault "${fault.name}" changes what the sandbox answers`, async () => {
    // The type requires a scenario, but tsx runs this file without checking types.
    assert.equal(typeof fault.demonstrate, 'function', `sandbox/faults/${fault.name}.ts has no demonstrate: give it a scenario (see fault.ts)`);
    const clean = await fault.demonstrate(sandbox());
    const faulty = await fault.demonstrate(sandbox({ faults: [fault.name] }));
    assert.notDeepEqual(faulty, clean);
  });
}

test('with every API fault planted at once the sandbox still answers without crashing', async () => {
  // Environment faults stand for a gateway, not the API: with one planted nothing reaches the API behind it.
  const apiFaults = faults.filter((f) => !f.environment);
  const api = sandbox({ faults: apiFaults.map((f) => f.name) });
  for (const fault of apiFaults) await fault.demonstrate(api);
});
