import assert from 'node:assert/strict';
import test from 'node:test';
import { points } from '../../harness/verdicts/interpretations';
import { buildSandbox } from '../../sandbox/app';
import { UnknownFaultError } from '../../sandbox/faults/active-faults';
import { READING_NAMES } from '../../sandbox/readings';

test('the sandbox can take every side of every interpretation point: one reading per side but the reference, and no other', () => {
  const otherSides = [...points().values()].flatMap((p) => p.sides.filter((s) => s.id !== p.reference).map((s) => `${p.id}=${s.id}`));
  assert.deepEqual([...READING_NAMES].sort(), otherSides.sort());
});

test('an unknown reading is refused, naming it and the known ones', () => {
  assert.throws(
    () => buildSandbox({ readings: ['error-code-key=business_code'] }),
    (error: Error) => error instanceof UnknownFaultError && /^Unknown reading: error-code-key=business_code\. Known readings: .*error-code-key=business\.code/.test(error.message),
  );
});
