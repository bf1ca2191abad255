import assert from 'node:assert/strict';
import test from 'node:test';
import type { TestInfo } from '@playwright/test';
import { annotation } from '../../harness/reporting/annotations';
import { excusedBy, useDeviations, withoutKnownDeviations } from '../../harness/verdicts/contract-deviations';
import type { Deviation } from '../../harness/verdicts/deviation';
import type { Finding } from '../../harness/reporting/findings';
import { exchange, problem } from './helpers';

const TODAY = '2026-12-01';
const tracking409 = exchange({ status: 409, body: problem(409, { businessCode: 'PP_CORP_002' }) }, 'trackCardDelivery');
const tracking400 = exchange({ status: 400, body: problem(400) }, 'trackCardDelivery');
const undocumentedCode: Finding = { check: 'business_code_documented', requirement: 'CONTRACT-BC-001', kind: 'contract', message: 'PP_CORP_002 is not documented' };
const entry: Deviation = { id: 'CONTRACT-BC-001', operation: 'trackCardDelivery', status: 409, reason: 'PP_CORP_002 not yet in the docs, TICKET-12' };

test('an entry excuses the contract findings of its requirement on answers of its operation and status', () => {
  assert.equal(excusedBy(undocumentedCode, tracking409, [entry], TODAY), entry);
});

test('an entry excuses nothing on another operation, another status, or for another requirement', () => {
  assert.equal(excusedBy(undocumentedCode, { ...tracking409, operationId: 'fetchCustomer' }, [entry], TODAY), undefined);
  assert.equal(excusedBy(undocumentedCode, tracking400, [entry], TODAY), undefined);
  const schema: Finding = { ...undocumentedCode, check: 'response_schema_conformance', requirement: 'CONTRACT-SCHEMA-001' };
  assert.equal(excusedBy(schema, tracking409, [entry], TODAY), undefined);
});

test('an entry without a status excuses its requirement on every answer of the operation', () => {
  const anyStatus: Deviation = { ...entry, status: undefined };
  assert.equal(excusedBy(undocumentedCode, tracking409, [anyStatus], TODAY), anyStatus);
  assert.equal(excusedBy(undocumentedCode, tracking400, [anyStatus], TODAY), anyStatus);
});

test("only findings of the checks of every exchange are excused: the test's own expectation still counts", () => {
  const expected: Finding = { ...undocumentedCode, check: 'expected_outcome', kind: 'business' };
  assert.equal(excusedBy(expected, tracking409, [entry], TODAY), undefined);
  // A money check judges every exchange too, so its findings on one operation are excused like a contract check's.
  const arithmetic: Finding = { check: 'balance_arithmetic', requirement: 'MONEY-ARITH-001', kind: 'business', message: 'postBalance is off' };
  const onLoads: Deviation = { id: 'MONEY-ARITH-001', operation: 'loadWallet', reason: 'TICKET-13' };
  const load200 = exchange({ status: 200, body: { result: {}, pagination: null } }, 'loadWallet');
  assert.equal(excusedBy(arithmetic, load200, [onLoads], TODAY), onLoads);
});

test('an entry excuses nothing from its expiry day on', () => {
  const expiring: Deviation = { ...entry, expires: TODAY };
  assert.equal(excusedBy(undocumentedCode, tracking409, [expiring], '2026-11-30'), expiring);
  assert.equal(excusedBy(undocumentedCode, tracking409, [expiring], TODAY), undefined);
});

test('an entry without an operation excuses no finding: it applies by title, to whole tests', () => {
  assert.equal(excusedBy(undocumentedCode, tracking409, [{ id: 'CONTRACT-BC-001', reason: 'applies by title' }], TODAY), undefined);
});

test('the registered entries drop excused findings and note each entry once per test, keeping every other finding', () => {
  const info = { annotations: [] } as unknown as TestInfo;
  const other: Finding = { check: 'content_type_json', requirement: 'CONTRACT-CT-001', kind: 'contract', message: 'text/plain' };
  useDeviations({ file: 'expectations/sandbox.json', deviations: [entry, { id: 'CUST-STATUS-003', reason: 'excused by title, not here' }] });
  try {
    assert.deepEqual(withoutKnownDeviations([undocumentedCode, other], tracking409, info, TODAY), [other]);
    assert.deepEqual(withoutKnownDeviations([undocumentedCode], tracking409, info, TODAY), []);
    assert.deepEqual(withoutKnownDeviations([undocumentedCode], tracking400, info, TODAY), [undocumentedCode]);
    assert.deepEqual(info.annotations, [
      annotation('known-deviation', { requirement: 'CONTRACT-BC-001', operation: 'trackCardDelivery', status: 409, reason: 'PP_CORP_002 not yet in the docs, TICKET-12', file: 'expectations/sandbox.json' }),
    ]);
  } finally {
    useDeviations({ deviations: [] });
  }
});
