import assert from 'node:assert/strict';
import test from 'node:test';
import availableBalance from '../../harness/checks/available-balance';
import balanceArithmetic from '../../harness/checks/balance-arithmetic';
import businessCodeDocumented from '../../harness/checks/business-code-documented';
import contentTypeJson from '../../harness/checks/content-type-json';
import countryCodeType from '../../harness/checks/country-code-type';
import environmentFault from '../../harness/checks/environment-fault';
import errorStatusMatchesHttp from '../../harness/checks/error-status-matches-http';
import { ALL_CHECKS, checks } from '../../harness/checks/index';
import noServerError from '../../harness/checks/no-server-error';
import inferredBusinessCode from '../../harness/checks/inferred-business-code';
import inferredSchemaConformance from '../../harness/checks/inferred-schema-conformance';
import { operation } from '../../harness/contract/contract';
import responseSchemaConformance from '../../harness/checks/response-schema-conformance';
import statusCodeDocumented from '../../harness/checks/status-code-documented';
import type { Exchange } from '../../harness/reporting/exchange';
import { requirements } from '../../harness/reporting/requirements';
import { contextFor, exchange, OK_BODY, problem } from './helpers';

const run = (check: typeof statusCodeDocumented, ex: Exchange) => check.run(ex, contextFor(ex.operationId));

test('every contract check enforces a requirement of the catalogue; only environment_fault breaks none', () => {
  for (const check of checks) assert.ok(requirements.has(check.requirement), `${check.id} → ${check.requirement}`);
  assert.deepEqual(ALL_CHECKS.filter((c) => !checks.includes(c)).map((c) => c.id), ['environment_fault']);
  assert.equal(new Set(ALL_CHECKS.map((c) => c.id)).size, ALL_CHECKS.length, 'check IDs are unique');
});

test('status_code_documented: a documented status passes', () => {
  assert.deepEqual(run(statusCodeDocumented, exchange({ status: 200, body: OK_BODY })), []);
});

test('status_code_documented: a status matching a documented range (4XX) passes', () => {
  assert.deepEqual(run(statusCodeDocumented, exchange({ status: 404, body: problem(404) }, 'updateThingNominee')), []);
});

test('status_code_documented: an undocumented status is a CONTRACT-STATUS-001 finding with received and documented', () => {
  const [finding] = run(statusCodeDocumented, exchange({ status: 404, body: problem(404) }));
  assert.equal(finding.requirement, 'CONTRACT-STATUS-001');
  assert.equal(finding.kind, 'contract');
  assert.equal(finding.received, 404);
  assert.deepEqual(finding.documented, ['200', '400', '409']);
});

test('status_code_documented: gateway statuses are left to environment_fault', () => {
  assert.deepEqual(run(statusCodeDocumented, exchange({ status: 503, text: '<html>', body: undefined })), []);
});

test('content_type_json: application/json with a charset passes', () => {
  assert.deepEqual(run(contentTypeJson, exchange({ status: 200, body: OK_BODY, headers: { 'content-type': 'application/json; charset=utf-8' } })), []);
});

test('content_type_json: text/plain is a CONTRACT-CT-001 finding, a missing header too', () => {
  const [plain] = run(contentTypeJson, exchange({ status: 200, body: OK_BODY, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
  assert.equal(plain.requirement, 'CONTRACT-CT-001');
  assert.equal(plain.received, 'text/plain; charset=utf-8');
  const [missing] = run(contentTypeJson, exchange({ status: 200, body: OK_BODY, headers: {} }));
  assert.equal(missing.received, null);
});

test('response_schema_conformance: a body that matches its status schema passes', () => {
  assert.deepEqual(run(responseSchemaConformance, exchange({ status: 200, body: OK_BODY })), []);
});

test('response_schema_conformance: a success envelope without pagination is a CONTRACT-SCHEMA-001 finding naming the fault', () => {
  const [finding] = run(responseSchemaConformance, exchange({ status: 200, body: { result: OK_BODY.result } }));
  assert.equal(finding.requirement, 'CONTRACT-SCHEMA-001');
  assert.match(finding.message, /pagination/);
  assert.equal(finding.documented, 'https://m2p-conformance.local/schemas/updateThingStatus.200.schema.json');
});

test('response_schema_conformance: silent on an undocumented status (status_code_documented reports it)', () => {
  assert.deepEqual(run(responseSchemaConformance, exchange({ status: 418, body: { anything: true } })), []);
});

test('response_schema_conformance: silent on a status documented without a body schema', () => {
  assert.deepEqual(run(responseSchemaConformance, exchange({ status: 200, body: { anything: true } }, 'updateThingNominee')), []);
});

test('error_status_matches_http: an error body whose status equals the HTTP status passes', () => {
  assert.deepEqual(run(errorStatusMatchesHttp, exchange({ status: 409, body: problem(409, { businessCode: 'PPCUST_032' }) })), []);
});

test('error_status_matches_http: a 409 body saying status 400 is a CONTRACT-ERR-001 finding', () => {
  const [finding] = run(errorStatusMatchesHttp, exchange({ status: 409, body: problem(400) }));
  assert.equal(finding.requirement, 'CONTRACT-ERR-001');
  assert.equal(finding.received, 400);
  assert.equal(finding.documented, 409);
});

test('error_status_matches_http: success bodies and non-numeric status fields are not its matter', () => {
  assert.deepEqual(run(errorStatusMatchesHttp, exchange({ status: 200, body: { ...OK_BODY, status: 201 } })), []);
  assert.deepEqual(run(errorStatusMatchesHttp, exchange({ status: 400, body: { status: 'BAD' } })), []);
});

test('business_code_documented: a documented code for the status passes', () => {
  assert.deepEqual(run(businessCodeDocumented, exchange({ status: 409, body: problem(409, { businessCode: 'PPCUST_002' }) })), []);
});

test('business_code_documented: an undocumented code is a CONTRACT-BC-001 finding', () => {
  const [finding] = run(businessCodeDocumented, exchange({ status: 409, body: problem(409, { businessCode: 'PPCUST_033' }) }));
  assert.equal(finding.requirement, 'CONTRACT-BC-001');
  assert.equal(finding.received, 'PPCUST_033');
  assert.deepEqual(finding.documented, ['PPCUST_032', 'PPCUST_002']);
});

test('business_code_documented: the code under the error-codes page\'s key "business.code" passes unless the profile picks businessCode', () => {
  const ex = exchange({ status: 409, body: problem(409, { 'business.code': 'PPCUST_002', path: '/things' }) });
  assert.deepEqual(run(businessCodeDocumented, ex), []);
  assert.deepEqual(businessCodeDocumented.run(ex, contextFor(ex.operationId, { 'error-code-key': 'business.code' })), []);
  const [finding] = businessCodeDocumented.run(ex, contextFor(ex.operationId, { 'error-code-key': 'businessCode' }));
  assert.equal(finding.requirement, 'CONTRACT-BC-001');
  assert.match(finding.message, /under "business\.code", a key this environment's profile does not take/);
  const [wrongCode] = run(businessCodeDocumented, exchange({ status: 409, body: problem(409, { 'business.code': 'PPCUST_033' }) }));
  assert.match(wrongCode.message, /business code PPCUST_033, which the contract does not document/);
});

test('business_code_documented: where the status accepts any code besides its own (x-any-business-code), an unlisted code passes under an accepted key', () => {
  const context = contextFor('updateThingStatus');
  const anyCode = { ...context, operation: { ...context.operation, responses: { ...context.operation.responses, '409': { ...context.operation.responses['409'], anyBusinessCode: true } } } };
  assert.deepEqual(businessCodeDocumented.run(exchange({ status: 409, body: problem(409, { businessCode: 'PPCUST_036' }) }), anyCode), []);
  const [withoutCode] = businessCodeDocumented.run(exchange({ status: 409, body: problem(409) }), anyCode);
  assert.match(withoutCode.message, /without a businessCode/);
  const otherKey = exchange({ status: 409, body: problem(409, { 'business.code': 'PPCUST_036' }) });
  const [wrongKey] = businessCodeDocumented.run(otherKey, { ...anyCode, sawSide: (point, side) => point === 'error-code-key' && side === 'businessCode' });
  assert.match(wrongKey.message, /a key this environment's profile does not take/);
});

test('business_code_documented: a 409 without businessCode is a finding; statuses without codes are not its matter', () => {
  const [finding] = run(businessCodeDocumented, exchange({ status: 409, body: problem(409) }));
  assert.match(finding.message, /without a businessCode/);
  assert.deepEqual(run(businessCodeDocumented, exchange({ status: 400, body: problem(400) })), []);
});

test('no_server_error: a 4xx passes, and so does a gateway 503 (environment)', () => {
  assert.deepEqual(run(noServerError, exchange({ status: 400, body: problem(400) })), []);
  assert.deepEqual(run(noServerError, exchange({ status: 503, body: problem(503) })), []);
});

test('no_server_error: 500 and 501 are CONTRACT-5XX-001 findings, whatever the body', () => {
  assert.equal(run(noServerError, exchange({ status: 500, body: problem(500) }))[0].requirement, 'CONTRACT-5XX-001');
  assert.equal(run(noServerError, exchange({ status: 501, text: 'Not Implemented', body: undefined })).length, 1);
});

test('environment_fault: a JSON answer from the API passes, a 500 included', () => {
  assert.deepEqual(run(environmentFault, exchange({ status: 200, body: OK_BODY })), []);
  assert.deepEqual(run(environmentFault, exchange({ status: 500, text: '<html>boom</html>', body: undefined })), []);
});

test('environment_fault: transport errors, gateway statuses and non-JSON bodies are environment findings', () => {
  const timeout: Exchange = { ...exchange({ status: 200 }), response: undefined, transportError: { kind: 'timeout', message: 'Timeout 15000ms exceeded.' } };
  const [t] = run(environmentFault, timeout);
  assert.equal(t.kind, 'environment');
  assert.match(t.message, /^timeout on POST https:\/\/sandbox-api/);
  assert.equal(run(environmentFault, exchange({ status: 502, body: problem(502) }))[0].kind, 'environment');
  const [html] = run(environmentFault, exchange({ status: 403, text: '<html>Access denied</html>', body: undefined, headers: { 'content-type': 'text/html' } }));
  assert.match(html.message, /is not JSON \(text\/html, 26 bytes: "<html>Access denied<\/html>"\)/);
  assert.equal(run(environmentFault, exchange({ status: 200 })).length, 1, 'an empty body is not JSON either');
});

test('country_code_type: a mobile\'s countryCode of either documented type passes unless the profile picks the other', () => {
  const ex = exchange({ status: 200, body: { result: { communication: { mobile: { value: '9876543210', countryCode: '91' } } }, pagination: null } });
  assert.deepEqual(run(countryCodeType, ex), []);
  assert.deepEqual(countryCodeType.run(ex, contextFor(ex.operationId, { 'country-code-type': 'string' })), []);
  const [finding] = countryCodeType.run(ex, contextFor(ex.operationId, { 'country-code-type': 'integer' }));
  assert.equal(finding.requirement, 'CONTRACT-SCHEMA-001');
  assert.match(finding.message, /countryCode is the string "91", a type this environment's profile does not take \(interpretation point country-code-type\)/);
  const nested = exchange({ status: 200, body: { result: [{ nominees: [{ mobile: { countryCode: 91 } }] }], pagination: null } });
  assert.equal(countryCodeType.run(nested, contextFor(nested.operationId, { 'country-code-type': 'string' })).length, 1, 'found at any depth');
});

test('inferred_schema_conformance: a body that breaks only an x-inferred constraint is a CONTRACT-SCHEMA-002 finding, not a CONTRACT-SCHEMA-001 one', () => {
  const body = { result: { thingId: 'T-1', status: 'CLOSED' }, pagination: null };
  assert.deepEqual(run(responseSchemaConformance, exchange({ status: 200, body })), []);
  const [finding] = run(inferredSchemaConformance, exchange({ status: 200, body }));
  assert.equal(finding.requirement, 'CONTRACT-SCHEMA-002');
  assert.match(finding.message, /inferred constraints of .*\/result\/status must be equal to one of the allowed values/);
});

test('inferred_schema_conformance: silent when only documented constraints are broken (response_schema_conformance reports them)', () => {
  assert.deepEqual(run(inferredSchemaConformance, exchange({ status: 200, body: { result: OK_BODY.result } })), []);
  assert.equal(run(responseSchemaConformance, exchange({ status: 200, body: { result: OK_BODY.result } }))[0].requirement, 'CONTRACT-SCHEMA-001');
});

test('inferred_business_code: on an x-inferred answer, a code outside the assumed list is a CONTRACT-BC-002 finding and no CONTRACT-BC-001 one', () => {
  const context = { operation: operation('updateWalletStatus'), validateResponse: () => undefined, sawSide: () => true };
  const refused = (code: string) => exchange({ status: 409, body: problem(409, { businessCode: code }) }, 'updateWalletStatus');
  assert.deepEqual(businessCodeDocumented.run(refused('PP_CORP_187'), context), []);
  const [finding] = inferredBusinessCode.run(refused('PP_CORP_187'), context);
  assert.equal(finding.requirement, 'CONTRACT-BC-002');
  assert.deepEqual(inferredBusinessCode.run(refused('PPCUST_032'), context), []);
  // On a documented answer the code stays business_code_documented's.
  const customer = { ...context, operation: operation('updateCustomerStatus') };
  const documented = exchange({ status: 409, body: problem(409, { businessCode: 'PPCUST_999' }) }, 'updateCustomerStatus');
  assert.deepEqual(inferredBusinessCode.run(documented, customer), []);
  assert.equal(businessCodeDocumented.run(documented, customer)[0].requirement, 'CONTRACT-BC-001');
});

/** A 2xx answer of a money operation, with the request body it answered. */
const money = (operationId: string, result: unknown, requestBody?: unknown, status = 200): Exchange => {
  const made = exchange({ status, body: { result, pagination: null } }, operationId);
  return { ...made, request: { ...made.request, body: requestBody } };
};
const load = (transactionType: string, amount: string, preBalance: string, postBalance: string) =>
  money('loadWallet', { externalTransactionId: 'ext1', txnRef: 'T-1', preBalance, postBalance, transactionStatus: 'SUCCESS' }, { amount, transactionType, txnOrigin: 'POS', txnRef: 'T-1', entityId: 'E' });

test('balance_arithmetic: a loadWallet answer adds a credit and takes a debit, as the request\'s transactionType says', () => {
  assert.deepEqual(run(balanceArithmetic, load('CREDIT', '1250.50', '0.00', '1250.50')), []);
  assert.deepEqual(run(balanceArithmetic, load('REFUND', '0.01', '10.00', '10.01')), []);
  assert.deepEqual(run(balanceArithmetic, load('DEBIT', '500.00', '8500.00', '8000.00')), []);
  assert.deepEqual(run(balanceArithmetic, load('ACCOUNT_CLOSURE', '10', '10.00', '0.00')), []);
});

test('balance_arithmetic: a debit answered with the amount added is a MONEY-ARITH-001 business finding naming the right figure', () => {
  const [finding] = run(balanceArithmetic, load('DEBIT', '500.00', '8500.00', '9000.00'));
  assert.equal(finding.requirement, 'MONEY-ARITH-001');
  assert.equal(finding.kind, 'business');
  assert.equal(finding.received, '9000.00');
  assert.equal(finding.documented, '8000.00');
  assert.match(finding.message, /a debit of 500\.00 from preBalance 8500\.00 gives postBalance 9000\.00, not 8000\.00/);
  // Counted in minor units: 0.1 + 0.2 is 0.3 here.
  assert.deepEqual(run(balanceArithmetic, load('CREDIT', '0.20', '0.10', '0.30')), []);
  assert.equal(run(balanceArithmetic, load('CREDIT', '0.20', '0.10', '0.31')).length, 1);
});

test('balance_arithmetic: every fetchTransactions item adds its signed amount; the first that does not is named', () => {
  const item = (amount: string, preBalance: string, postBalance: string) => ({ amount, preBalance, postBalance, transactionType: 'DEBIT' });
  assert.deepEqual(run(balanceArithmetic, money('fetchTransactions', [item('-30.25', '100.00', '69.75'), item('100.00', '0.00', '100.00')])), []);
  const [finding] = run(balanceArithmetic, money('fetchTransactions', [item('-30.25', '100.00', '69.75'), item('100.00', '0.00', '200.00')]));
  assert.match(finding.message, /^fetchTransactions result\[1\]: a credit of 100\.00/);
});

test('balance_arithmetic: fetchTransactionByExternalId takes the direction from crDr (the page\'s example passes)', () => {
  const example = { amount: '500.00', preBalance: '8500.00', postBalance: '8000.00', transactionType: 'POS', txnOrigin: 'POS', externalTransactionId: 'fcf9', crDr: 'D' };
  assert.deepEqual(run(balanceArithmetic, money('fetchTransactionByExternalId', example)), []);
  assert.equal(run(balanceArithmetic, money('fetchTransactionByExternalId', { ...example, crDr: 'C' }))[0].documented, '9000.00');
  assert.deepEqual(run(balanceArithmetic, money('fetchTransactionByExternalId', { ...example, crDr: 'X' })), [], 'a direction it cannot read is the schema\'s');
});

test('balance_arithmetic: silent on refusals, on other operations and on figures that are no amount (the schema checks judge those)', () => {
  assert.deepEqual(run(balanceArithmetic, { ...load('DEBIT', '500.00', '8500.00', '9000.00'), response: exchange({ status: 409, body: problem(409) }).response }), []);
  assert.deepEqual(run(balanceArithmetic, money('fetchCardBalance', { preBalance: '1.00', postBalance: '5.00', amount: '1.00' })), []);
  assert.deepEqual(run(balanceArithmetic, load('DEBIT', '500.00', 'lots', '9000.00')), []);
  assert.deepEqual(run(balanceArithmetic, load('DEBIT', '1e3', '8500.00', '9000.00')), []);
});

const wallet = (availableBalance: unknown, heldAmount: unknown, totalBalance: unknown) => ({ accountId: 'A-1', currency: 'INR', availableBalance, heldAmount, totalBalance, status: 'ACTIVE' });
const cardBalance = (...wallets: unknown[]) => money('fetchCardBalance', { entityId: 'E', kitNo: 'K', wallets });

test('available_balance: available = total − held in every wallet (the page\'s example passes)', () => {
  assert.deepEqual(run(availableBalance, cardBalance(wallet(15250.75, 0, 15250.75), wallet(40, 60, 100), wallet(0.1, 0.2, 0.3))), []);
});

test('available_balance: a wallet reporting the total as available while a lien holds part of it is a MONEY-AVAIL-001 business finding', () => {
  const [finding] = run(availableBalance, cardBalance(wallet(15250.75, 0, 15250.75), wallet(100, 60, 100)));
  assert.equal(finding.requirement, 'MONEY-AVAIL-001');
  assert.equal(finding.kind, 'business');
  assert.equal(finding.received, 100);
  assert.equal(finding.documented, '40.00');
  assert.match(finding.message, /wallet A-1: availableBalance 100 is not totalBalance 100 − heldAmount 60 = 40\.00/);
});

test('available_balance: silent on other operations, on refusals and on figures that are no amount', () => {
  assert.deepEqual(run(availableBalance, money('markLien', { wallets: [wallet(100, 60, 100)] })), []);
  assert.deepEqual(run(availableBalance, { ...cardBalance(wallet(100, 60, 100)), response: exchange({ status: 409, body: problem(409) }).response }), []);
  assert.deepEqual(run(availableBalance, cardBalance(wallet('100', null, 100))), []);
});
