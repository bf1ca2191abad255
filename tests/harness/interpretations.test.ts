import assert from 'node:assert/strict';
import test from 'node:test';
import { acceptedSides, interpretationProblems, points, sideNamed } from '../../harness/interpretations';
import { requirements } from '../../harness/requirements';

test('a point the profile leaves open accepts every documented side; a picked one only its side', () => {
  assert.deepEqual(acceptedSides('error-code-key', {}), ['businessCode', 'business.code']);
  assert.deepEqual(acceptedSides('error-code-key', { 'error-code-key': 'business.code' }), ['business.code']);
  assert.throws(() => acceptedSides('no-such-point', {}), /unknown interpretation point "no-such-point"/);
});

test('an answer shows a side only when it is one of the point\'s sides', () => {
  assert.equal(sideNamed('alert-not-found-status', '409'), '409');
  assert.equal(sideNamed('alert-not-found-status', '500'), undefined);
});

test('the catalogue holds together: every reference is a side, every requirement is in the catalogue', () => {
  const file = { points: [...points().values()] };
  assert.deepEqual(interpretationProblems(file, 'fixtures/interpretations.json', new Set(requirements.keys())), []);
  const broken = { points: [{ ...file.points[0], reference: 'neither', requirements: ['NOPE-001'] }, file.points[0]] };
  assert.deepEqual(interpretationProblems(broken, 'x.json', new Set(requirements.keys())), [
    'x.json: error-code-key: reference "neither" is none of its sides (businessCode, business.code)',
    'x.json: error-code-key: NOPE-001 is not in fixtures/requirements.json',
    'x.json: point error-code-key is listed twice',
  ]);
});
