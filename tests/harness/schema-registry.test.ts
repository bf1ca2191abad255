import assert from 'node:assert/strict';
import test from 'node:test';
import { contract } from '../../harness/contract/contract';
import { SchemaRegistry, schemas } from '../../harness/contract/schema-registry';
import { miniDoc, miniIndex, miniSchemas } from './helpers';
import { deriveSchemas } from '../../openapi/derive-schemas';
import { documentedOnly, inferredNodes } from '../../openapi/documented-schema';

test('every schema of schemas/ compiles in strict mode', () => {
  schemas().compileAll();
  assert.ok(schemas().schemaIds.length > 100);
});

test('the registry is one instance, and each validator is compiled once', () => {
  assert.equal(schemas(), schemas());
  const started = performance.now();
  for (let i = 0; i < 1000; i++) schemas().validateResponse('updateCustomerStatus', 200, { result: { entityId: 'e', status: 'ACTIVE' }, pagination: null });
  // Compiling takes tens of ms per schema: a thousand validations in well under that many ms means a cached validator.
  assert.ok(performance.now() - started < 500, 'validation is not recompiling');
});

test('every operation has a schema for each documented JSON body', () => {
  for (const op of contract.values()) {
    for (const response of Object.values(op.responses)) {
      if (response.schemaId) assert.ok(schemas().schemaIds.includes(response.schemaId), response.schemaId);
    }
    if (op.requestSchemaId) assert.ok(schemas().schemaIds.includes(op.requestSchemaId), op.requestSchemaId);
  }
});

test('validateResponse: valid, invalid with readable errors (those of x-inferred constraints apart), and undefined without a documented schema', () => {
  assert.deepEqual(miniSchemas.validateResponse('updateThingStatus', 200, { result: { thingId: 'T', status: 'ACTIVE' }, pagination: null })?.errors, []);
  const verdict = miniSchemas.validateResponse('updateThingStatus', 200, { result: { thingId: 'T', status: 'GONE' } })!;
  assert.equal(verdict.valid, false);
  assert.deepEqual(verdict.errors, ["/ must have required property 'pagination'"]);
  assert.deepEqual(verdict.inferredErrors, ['/result/status must be equal to one of the allowed values: ["ACTIVE","LOCKED"]']);
  assert.equal(miniSchemas.validateResponse('updateThingStatus', 418, {}), undefined);
  assert.equal(miniSchemas.validateResponse('updateThingNominee', 200, {}), undefined);
});

test('validateRequest checks request bodies against the request schema', () => {
  assert.equal(miniSchemas.validateRequest('updateThingStatus', { thingId: 'T', status: 'ACTIVE' })?.valid, true);
  assert.equal(miniSchemas.validateRequest('updateThingStatus', { thingId: '' })?.valid, false);
  assert.equal(schemas().validateRequest('updateCustomerStatus', { entityId: 'e', status: 'ACTIVE' })?.valid, true);
});

test('strict mode: the contract keywords (x-inferred, examples, description) are accepted, unknown ones refused', () => {
  assert.doesNotThrow(() => miniSchemas.compileAll());
  const typo = { $id: 'https://m2p-conformance.local/schemas/typo.schema.json', type: 'object', requried: ['x'] };
  const registry = new SchemaRegistry([typo], miniIndex);
  assert.throws(() => registry.compileAll(), /strict mode: unknown keyword: "requried"/);
});

test('an unknown operation is a defect of the test, named', () => {
  assert.throws(() => miniSchemas.validateResponse('noSuchOperation', 200, {}), /unknown operationId "noSuchOperation"/);
  assert.ok(Object.keys(deriveSchemas(miniDoc)).length > 0);
});

test('a constraint inside a shape marked x-inferred is inferred, however deep (the documented schema drops the whole shape)', () => {
  // CustomerSummary is inferred as a whole; the status enum inside it comes from CustomerStatus, which is not marked.
  const item = { entityId: 'E-1', firstName: 'A', lastName: 'B', status: 'NOT_A_STATUS' };
  const verdict = schemas().validateResponse('searchCustomers', 200, { result: [item], pagination: { list: true, pageSize: 1, pageNo: 0, totalPages: 1, totalElements: 1 } })!;
  assert.equal(verdict.valid, false);
  assert.deepEqual(verdict.errors, []);
  assert.match(verdict.inferredErrors.join('\n'), /\/result\/0\/status must be equal to one of the allowed values/);
  // A documented constraint beside it still decides the MUST.
  const broken = schemas().validateResponse('searchCustomers', 200, { result: [item] })!;
  assert.deepEqual(broken.errors, ["/ must have required property 'pagination'"]);
});

test('an inferred property is not documented to be there: the documented schema does not require it', () => {
  const isInferred = inferredNodes([{ $defs: { Marked: { type: 'string', 'x-inferred': true } } }]);
  const schema = {
    $id: 'x',
    type: 'object',
    properties: { a: { type: 'string' }, b: { type: 'string', 'x-inferred': true }, c: { $ref: '#/$defs/Marked' } },
    required: ['a', 'b', 'c'],
  };
  assert.deepEqual(documentedOnly(schema, isInferred), { $id: 'x', type: 'object', properties: { a: { type: 'string' }, b: {}, c: {} }, required: ['a'] });
  assert.deepEqual(documentedOnly({ $id: 'y', $schema: 'z', 'x-inferred': true, type: 'object' }, isInferred), { $id: 'y', $schema: 'z' });
});

// Catalog §11, item 8: the profile page writes Male | Female | Others, the onboarding guide MALE, FEMALE, OTHER, and
// the fetch page, which lists no values, shows MALE. Only the type is documented for fetchCustomer.
test("fetchCustomer's gender: either spelling is documented, another value breaks only the inferred enum", () => {
  const answer = (gender: unknown) => ({ result: { entityId: 'e', firstName: 'F', lastName: 'L', status: 'ACTIVE', gender }, pagination: null });
  for (const gender of ['MALE', 'Male', 'FEMALE', 'Others']) assert.equal(schemas().validateResponse('fetchCustomer', 200, answer(gender))?.valid, true, gender);
  const other = schemas().validateResponse('fetchCustomer', 200, answer('M'))!;
  assert.deepEqual([other.errors, other.inferredErrors.length], [[], 1]);
  assert.deepEqual(schemas().validateResponse('fetchCustomer', 200, answer(1))?.errors, ['/result/gender must be string']);
  // The profile page's own enum stays documented there.
  assert.deepEqual(schemas().validateResponse('updateCustomer', 200, { result: { entityId: 'e', gender: 'MALE' }, pagination: null })?.errors, [
    '/result/gender must be equal to one of the allowed values: ["Male","Female","Others"]',
  ]);
});

// Catalog §11, item 2: a 400 is problem-with-message or constraint-violation, and the placeholder error schema of
// createAlertConfig adds fields no example shows; error objects allow fields the contract does not name.
test('a 400 of either documented shape passes, with the placeholder schema\'s extra fields', () => {
  const extra = { cause: {}, errorCode: 'E1', errors: ['e'], languageCode: 'en', localizedMessage: 'm', suppressed: [{}] };
  const problem = { type: 'https://www.m2pfintech.com/problem/problem-with-message', title: 'Bad Request', status: 400, detail: 'Unable to convert http message', message: 'error.http.400' };
  const violation = { type: 'https://www.m2pfintech.com/problem/constraint-violation', title: 'Method argument not valid', status: 400, message: 'error.validation', fieldErrors: [{ field: 'pan', message: 'PAN is not valid' }] };
  for (const body of [problem, violation, { ...problem, ...extra }, { ...violation, ...extra }]) {
    assert.equal(schemas().validateResponse('createAlertConfig', 400, body)?.valid, true, JSON.stringify(body));
  }
  // No page states that a violation names at least one field (minItems is inferred), and createAlertConfig's page shows
  // no constraint-violation body: an empty list breaks only the inferred schema there.
  const empty = schemas().validateResponse('createAlertConfig', 400, { ...violation, fieldErrors: [] });
  assert.deepEqual([empty?.valid, empty?.errors], [false, []]);
  assert.notDeepEqual(empty?.inferredErrors, []);
  // updateCardPreferences' page shows the constraint-violation body: a violation without fieldErrors breaks it.
  const { fieldErrors: _, ...withoutFieldErrors } = violation;
  assert.notDeepEqual(schemas().validateResponse('updateCardPreferences', 400, withoutFieldErrors)?.errors, []);
  assert.notDeepEqual(schemas().validateResponse('updateCustomer', 400, { ...problem, detail: 1 })?.errors, []);
});
