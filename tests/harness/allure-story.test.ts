import assert from 'node:assert/strict';
import test from 'node:test';
import { storyFromTitle } from '../../harness/allure-labels';

test('the Allure story comes from the requirement area and the outcome the title states', () => {
  assert.equal(storyFromTitle('[CUST-STATUS-002] CREDIT_FREEZE → CREDIT_FREEZE is rejected with PPCUST_032', ['CUST-STATUS-002']), 'business rule');
  assert.equal(storyFromTitle('[CUST-STATUS-001] ACTIVE → CREDIT_FREEZE succeeds', ['CUST-STATUS-001']), 'success');
  assert.equal(storyFromTitle('[ALERT-003] a threshold of 0 is rejected with 400 constraint-violation on thresholdAmount', ['ALERT-003']), 'validation');
  assert.equal(storyFromTitle('[AUTH-BEARER-001] markLien: a request without a bearer token gets 401', ['AUTH-BEARER-001']), 'authentication');
  assert.equal(storyFromTitle('[CONTRACT-MALFORMED-001] markLien: a body that is not JSON gets 400', ['CONTRACT-MALFORMED-001']), 'error envelope');
  assert.equal(storyFromTitle('[DATA-LOAD-001] a credit raises the balance', ['DATA-LOAD-001']), 'test data');
});
