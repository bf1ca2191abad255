import assert from 'node:assert/strict';
import test from 'node:test';
import { ConformanceError, expectRule, verify } from '../../harness/verdicts/verify';
import { isWarning, onlyWarnings, useConfirms } from '../../harness/verdicts/warnings';
import { exchange, problem } from './helpers';

// WALLET-STATUS-003 (a refused wallet change stays refused) is a documented MUST; WALLET-STATUS-006 (its exact answer,
// 409 PPCUST_032) an inferred SHOULD; DATA-CARD-001 an inferred MUST.
const refused = () => exchange({ status: 409, body: { ...problem(409, { businessCode: 'PPCUST_032' }), detail: 'd' } }, 'updateWalletStatus');

test('a warning is a broken requirement that cannot block certification: SHOULD, MAY, or an inferred MUST the profile does not confirm', () => {
  assert.equal(isWarning('WALLET-STATUS-003'), false);
  assert.equal(isWarning('WALLET-STATUS-006'), true);
  assert.equal(isWarning('DATA-CARD-001'), true);
  assert.equal(isWarning('DATA-CARD-001', new Set(['DATA-CARD-001'])), false);
  useConfirms(['DATA-CARD-001']);
  assert.equal(isWarning('DATA-CARD-001'), false);
  useConfirms([]);
  assert.equal(onlyWarnings([{ check: 'environment_fault', requirement: 'ENVIRONMENT', kind: 'environment', message: 'down' }]), false);
});

test('verify goes on past warnings alone, and stops on a documented MUST', () => {
  // The answer is 409 PPCUST_032; a test that expected a 400 under the inferred SHOULD gets the body back, not an error.
  const body = verify<{ businessCode: string }>(refused(), { status: 400, requirements: ['WALLET-STATUS-006'] });
  assert.equal(body.businessCode, 'PPCUST_032');
  assert.throws(() => verify(refused(), { status: 400, requirements: ['WALLET-STATUS-003'] }), ConformanceError);
  assert.doesNotThrow(() => expectRule('WALLET-STATUS-006', 'the code', 'PP_CORP_187', 'PPCUST_032'));
  assert.throws(() => expectRule('WALLET-STATUS-003', 'the status read back', 'ACTIVE', 'CLOSED'), ConformanceError);
});
