import assert from 'node:assert/strict';
import test from 'node:test';
import { expectOutcome } from '../../harness/checks/expect-outcome';
import { expectValue } from '../../harness/checks/expect-rule';
import type { Exchange } from '../../harness/reporting/exchange';
import { exchange, OK_BODY, problem } from './helpers';

const violation = (fieldErrors: unknown[]) => ({
  type: 'https://www.m2pfintech.com/problem/constraint-violation',
  title: 'Method argument not valid',
  status: 400,
  message: 'error.validation',
  fieldErrors,
});

test('the expected status and business code give no finding', () => {
  const ex = exchange({ status: 409, body: problem(409, { businessCode: 'PPCUST_032' }) });
  assert.deepEqual(expectOutcome(ex, { status: 409, businessCode: 'PPCUST_032', requirements: ['CUST-STATUS-002'] }), []);
});

test('a different status gives one business finding per requirement, with both sides', () => {
  const findings = expectOutcome(exchange({ status: 200, body: OK_BODY }), {
    status: 409,
    businessCode: 'PPCUST_032',
    requirements: ['CUST-STATUS-002', 'CUST-STATUS-003'],
  });
  assert.deepEqual(findings.map((f) => [f.requirement, f.kind, f.check]), [
    ['CUST-STATUS-002', 'business', 'expected_outcome'],
    ['CUST-STATUS-003', 'business', 'expected_outcome'],
  ]);
  assert.equal(findings[0].message, 'expected 409 PPCUST_032; received 200; received businessCode none');
  assert.equal(findings[0].documented, '409 PPCUST_032');
  assert.deepEqual(findings[0].received, { status: 200 });
});

test('the right status with the wrong business code is a finding', () => {
  const [finding] = expectOutcome(exchange({ status: 409, body: problem(409, { businessCode: 'PPCUST_033' }) }), {
    status: 409,
    businessCode: 'PPCUST_032',
    requirements: ['CUST-STATUS-002'],
  });
  assert.match(finding.message, /received businessCode "PPCUST_033"/);
});

test('fieldErrorOn matches a field error on the field or on a part of it', () => {
  const expected = { status: 400, problemType: 'constraint-violation' as const, requirements: ['CARD-PREF-005'] };
  const on = (field: string, fieldErrorOn: string) =>
    expectOutcome(exchange({ status: 400, body: violation([{ field, message: 'must match' }]) }), { ...expected, fieldErrorOn });
  assert.deepEqual(on('mobile', 'mobile'), []);
  assert.deepEqual(on('mobile.value', 'mobile'), []);
  assert.deepEqual(on('userOverridden.international.values[0].perTransactionLimit', 'perTransactionLimit'), []);
  assert.equal(on('mobileNumber', 'mobile').length, 1, 'a field that merely starts with the name is another field');
  assert.match(on('tenant', 'mobile')[0].message, /no field error on mobile \(received \["tenant"\]\)/);
});

test('fieldErrorOn also matches a problem-with-message detail "<field>: …"', () => {
  const ex = exchange({ status: 400, body: problem(400, { detail: 'entityId: must not be empty' }) });
  const expected = { status: 400, problemType: 'problem-with-message' as const, requirements: ['DATA-BALANCE-001'] };
  assert.deepEqual(expectOutcome(ex, { ...expected, fieldErrorOn: 'entityId', detail: 'entityId: must not be empty' }), []);
  assert.equal(expectOutcome(ex, { ...expected, detail: 'Unable to convert http message' }).length, 1);
});

test('problemType is matched on the envelope type', () => {
  const ex = exchange({ status: 400, body: violation([{ field: 'tenant', message: 'must not be blank' }]) });
  assert.deepEqual(expectOutcome(ex, { status: 400, problemType: 'constraint-violation', requirements: ['CUST-SEARCH-003'] }), []);
  const [finding] = expectOutcome(ex, { status: 400, problemType: 'problem-with-message', requirements: ['CUST-SEARCH-003'] });
  assert.match(finding.message, /received type "https:\/\/www\.m2pfintech\.com\/problem\/constraint-violation"/);
});

test('an exchange without a response is left to environment_fault', () => {
  const failed: Exchange = { ...exchange({ status: 200 }), response: undefined, transportError: { kind: 'connection', message: 'ECONNREFUSED' } };
  assert.deepEqual(expectOutcome(failed, { status: 200, requirements: ['DATA-CUSTOMER-001'] }), []);
});

test('an expectation naming no requirement is a defect of the test', () => {
  assert.throws(() => expectOutcome(exchange({ status: 200, body: OK_BODY }), { status: 200, requirements: [] }), /at least one requirement/);
});

test('expectValue: equal values (deep, numbers within float noise) give no finding; others one', () => {
  assert.equal(expectValue('DATA-LOAD-001', 'balance', 0.1 + 0.2, 0.3), undefined);
  assert.equal(expectValue('DATA-LOAD-001', 'balances', { held: 400, available: [600] }, { held: 400, available: [600] }), undefined);
  const finding = expectValue('DATA-LOAD-001', 'the total balance', 1250, 1250.5)!;
  assert.equal(finding.requirement, 'DATA-LOAD-001');
  assert.equal(finding.message, 'the total balance: expected 1250.5, received 1250');
  // To the paisa at any size: a twelve-digit amount rounded to whole rupees is another amount.
  assert.ok(expectValue('ALERT-001', 'the threshold', 1000000000000, 999999999999.99));
  assert.equal(expectValue('ALERT-001', 'the threshold', 999999999999.99 + 0.001, 999999999999.99), undefined);
  assert.ok(expectValue('ALERT-001', 'recipients', { a: 1 }, { a: 1, b: undefined }) === undefined, 'an absent key equals an undefined one');
  assert.ok(expectValue('ALERT-001', 'status', undefined, 'LOCKED'));
});
