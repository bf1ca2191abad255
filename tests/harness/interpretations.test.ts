import assert from 'node:assert/strict';
import test from 'node:test';
import { acceptedSides, interpretationProblems, points, sideExpectation, sideNamed, useProfile } from '../../harness/verdicts/interpretations';
import { requirements } from '../../harness/reporting/requirements';

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

test('sideExpectation: the shown side\'s expectation when the run accepts it, else the picked side\'s; calibration picks nothing', () => {
  const bySide = { 404: 'expect 404', 409: 'expect 409' };
  useProfile({}, {});
  assert.equal(sideExpectation('alert-not-found-status', '409', bySide), 'expect 409');
  assert.equal(sideExpectation('alert-not-found-status', '500', bySide), 'expect 404', 'an answer on no side is held to the first accepted');
  useProfile({ 'alert-not-found-status': '404' }, {});
  assert.equal(sideExpectation('alert-not-found-status', '409', bySide), 'expect 404');
  useProfile({ 'alert-not-found-status': '404' }, { CONFORMANCE_CALIBRATE: '1' });
  assert.equal(sideExpectation('alert-not-found-status', '409', bySide), 'expect 409');
  useProfile({}, {});
});
