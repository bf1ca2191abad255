import assert from 'node:assert/strict';
import test from 'node:test';
import { allureMetadata } from '../../harness/reporting/allure-labels';
import { defectId } from '../../harness/reporting/findings';
import { contract, documentedResponse, operation, operations } from '../../harness/contract/contract';
import type { Exchange } from '../../harness/reporting/exchange';
import { BLOCKED, failureMessage, judge, keyOf, violatedRequirements } from '../../harness/verdicts/judge';
import { requirement, severityOf, strictestLevel } from '../../harness/reporting/requirements';
import { exchange, miniIndex, miniOptions, OK_BODY, problem } from './helpers';

test('the contract index: method, path, area, summary, doc page, inferred, statuses, codes and schema IDs', () => {
  const op = operation('updateCustomerStatus');
  assert.equal(op.method, 'POST');
  assert.equal(op.path, '/prepaid/customer/v1/customers/update/status');
  assert.equal(op.area, 'Customer');
  assert.equal(op.docUrl, 'https://dev.m2p.app/docs/prepaidv2/api-library/customer/updateAccountStatus');
  assert.equal(op.secured, true);
  assert.deepEqual(Object.keys(op.responses), ['200', '400', '401', '403', '409']);
  assert.deepEqual(op.responses['409'].businessCodes, ['PPCUST_032', 'PPCUST_002']);
  assert.equal(op.responses['200'].schemaId, 'https://m2p-conformance.local/schemas/updateCustomerStatus.200.schema.json');
  assert.equal(op.requestSchemaId, 'https://m2p-conformance.local/schemas/updateCustomerStatus.request.schema.json');
  assert.equal(operation('issueToken').secured, false);
  assert.equal(operation('updateWalletStatus').inferred, true);
  assert.deepEqual(operation('updateNominee').pathParams, ['entityId']);
  assert.deepEqual(operation('searchCustomers').queryParams, ['pageNo', 'pageSize']);
  assert.equal(operations().length, contract.size);
});

test('the stand-in index: ranges, path-parameter samples, inferred operations', () => {
  const op = miniIndex.get('updateThingNominee')!;
  assert.equal(documentedResponse(op, 404)?.status, '4XX');
  assert.equal(documentedResponse(op, 500), undefined);
  assert.deepEqual(op.samplePathParams, { thingId: 'T-1' });
  assert.equal(op.inferred, true);
  assert.equal(op.secured, false);
});

test('judge: a clean exchange with its expected outcome has no finding', () => {
  assert.deepEqual(judge(exchange({ status: 200, body: OK_BODY }), { status: 200, requirements: ['CUST-STATUS-001'] }, miniOptions), []);
});

test('judge: contract findings and the expectation\'s findings together', () => {
  const ex = exchange({ status: 409, body: problem(400, { businessCode: 'PPCUST_033' }) });
  const findings = judge(ex, { status: 409, businessCode: 'PPCUST_032', requirements: ['CUST-STATUS-002'] }, miniOptions);
  assert.deepEqual(violatedRequirements(findings), ['CONTRACT-ERR-001', 'CONTRACT-BC-001', 'CUST-STATUS-002']);
});

test('judge: when the environment failed, only environment findings count', () => {
  const gateway = exchange({ status: 503, text: '<html>Service Unavailable</html>', body: undefined, headers: { 'content-type': 'text/html' } });
  const findings = judge(gateway, { status: 200, requirements: ['CUST-STATUS-001'] }, miniOptions);
  assert.deepEqual(findings.map((f) => f.kind), ['environment']);
  assert.deepEqual(violatedRequirements(findings), []);
});

test('judge: an unknown requirement ID is a defect of the test', () => {
  assert.throws(() => judge(exchange({ status: 200, body: OK_BODY }), { status: 200, requirements: ['CUST-TYPO-001'] }, miniOptions), /unknown requirement ID "CUST-TYPO-001"/);
});

test('failureMessage: one line per finding, [REQ-ID] check: message (received …, documented …) {defect ID}, masked', () => {
  const ex: Exchange = { ...exchange({ status: 200, body: { result: { thingId: 'T', status: 'LOCKED', mobile: '9876543210' } } }) };
  const message = failureMessage(ex, judge(ex, { status: 409, requirements: ['CUST-STATUS-002'] }, miniOptions));
  const lines = message.split('\n');
  assert.equal(lines[0], 'updateThingStatus (POST https://sandbox-api.m2pprepaid.com/things/update/status → 200):');
  assert.match(lines[1], /^\[CONTRACT-SCHEMA-001\] response_schema_conformance: the 200 body does not match updateThingStatus\.200\.schema\.json: .*pagination.* \(received \[.*\], documented "https:\/\/m2p-conformance\.local\/schemas\/updateThingStatus\.200\.schema\.json"\) \{F-[0-9a-f]{8}\}$/);
  assert.match(lines[2], /^\[CUST-STATUS-002\] expected_outcome: expected 409; received 200 \(received \{"status":200\}, documented "409"\) \{F-[0-9a-f]{8}\}$/);
  assert.ok(!message.includes('9876543210'));
  assert.equal(failureMessage(ex, judge(ex, undefined, miniOptions), { setup: true }).split('\n')[0], BLOCKED);
});

test('a defect has one ID whatever the data of the test that saw it, and another where the answer breaks elsewhere', () => {
  const idsOf = (ex: Exchange, expectation?: Parameters<typeof judge>[1]) => judge(ex, expectation, miniOptions).map((f) => defectId(keyOf(f, ex)));
  const one = exchange({ status: 200, body: { result: [{ thingId: 'T1', status: 'LOCKED' }] } });
  const other = exchange({ status: 200, body: { result: [{ thingId: 'T2', status: 'ACTIVE' }, { thingId: 'T3', status: 'LOCKED' }] } });
  assert.deepEqual(idsOf(one), idsOf(other), 'the same schema break, other values and item indexes');
  const refused = exchange({ status: 409, body: { type: 'x', title: 'Conflict', status: 409, businessCode: 'PPCUST_032' } });
  assert.notDeepEqual(idsOf(refused, { status: 200, requirements: ['CUST-STATUS-001'] }), idsOf(one, { status: 409, requirements: ['CUST-STATUS-001'] }));
  assert.match(idsOf(one)[0], /^F-[0-9a-f]{8}$/);
});

test('failureMessage: environment errors start with ENVIRONMENT ERROR:', () => {
  const failed: Exchange = { ...exchange({ status: 200 }), response: undefined, transportError: { kind: 'connection', message: 'connect ECONNREFUSED 127.0.0.1:4010' } };
  const message = failureMessage(failed, judge(failed, undefined, miniOptions));
  assert.equal(message, 'ENVIRONMENT ERROR: connection on POST https://sandbox-api.m2pprepaid.com/things/update/status: connect ECONNREFUSED 127.0.0.1:4010');
});

test('requirements: lookup, severity from level, strictest level of a test', () => {
  assert.equal(requirement('CUST-STATUS-002').level, 'MUST');
  assert.deepEqual([severityOf('MUST'), severityOf('SHOULD'), severityOf('MAY')], ['critical', 'normal', 'minor']);
  assert.equal(strictestLevel(['CUST-STATUS-005', 'CUST-STATUS-002']), 'MUST');
  assert.equal(strictestLevel(['CUST-STATUS-005']), 'SHOULD');
  assert.throws(() => requirement('NOPE-001'), /not in fixtures\/requirements\.json/);
});

test('allure metadata comes from the contract and the catalogue', () => {
  const meta = allureMetadata({ operation: 'updateCustomerStatus', story: 'business rule', requirements: ['CUST-STATUS-002', 'CUST-STATUS-005'] }, 'abc123');
  assert.equal(meta.epic, 'Customer');
  assert.equal(meta.feature, 'Update customer account status');
  assert.equal(meta.story, 'business rule');
  assert.equal(meta.severity, 'critical');
  assert.deepEqual(meta.tags, ['CUST-STATUS-002', 'CUST-STATUS-005', 'inferred']);
  assert.equal(meta.links[0].url, 'https://dev.m2p.app/docs/prepaidv2/api-library/customer/updateAccountStatus');
  assert.deepEqual(meta.parameters, [{ name: 'seed', value: 'abc123' }]);
});
