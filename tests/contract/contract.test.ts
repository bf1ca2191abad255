import SwaggerParser from '@apidevtools/swagger-parser';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { contract } from '../../openapi/document';
import { deriveSchemas } from '../../openapi/derive-schemas';
import { inferredNodes, inferredUnderTighteningKeywords } from '../../openapi/documented-schema';

const root = join(import.meta.dirname, '..', '..');
const readJson = (...parts: string[]) => JSON.parse(readFileSync(join(root, ...parts), 'utf8'));

test('openapi/m2p-prepaid-v2.json is the contract as written in openapi/*.ts (run npm run build:contract)', () => {
  assert.deepEqual(readJson('openapi', 'm2p-prepaid-v2.json'), JSON.parse(JSON.stringify(contract)));
});

test('schemas/ holds exactly the schemas derived from the contract (run npm run build:contract)', () => {
  const derived = deriveSchemas(contract);
  const onDisk = readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json')).sort();
  assert.deepEqual(onDisk, Object.keys(derived).sort());
  for (const name of onDisk) assert.deepEqual(readJson('schemas', name), JSON.parse(JSON.stringify(derived[name])), name);
});

test('the contract passes a third-party OpenAPI 3.1 validator (@apidevtools/swagger-parser)', async () => {
  const api = await SwaggerParser.validate(readJson('openapi', 'm2p-prepaid-v2.json'));
  assert.ok(Object.keys(api.paths ?? {}).length >= 20);
});

/** Every operation of the contract, whatever its method (most are POST; Fetch Transaction by External ID is a GET). */
const contractOperations = <T>() =>
  Object.values(contract.paths ?? {}).flatMap((pathItem) => (['get', 'post'] as const).flatMap((method) => (pathItem?.[method] ? [pathItem[method] as unknown as T] : [])));

test('every operation documents a success, a 400, and (when secured) 401 and 403', () => {
  for (const op of contractOperations<{ operationId: string; security: unknown[]; responses: Record<string, unknown> }>()) {
    const statuses = Object.keys(op.responses);
    assert.ok(statuses.includes('200'), `${op.operationId} has no 200`);
    assert.ok(statuses.includes('400'), `${op.operationId} has no 400`);
    if (op.security.length > 0) assert.ok(statuses.includes('401') && statuses.includes('403'), `${op.operationId} lacks 401/403`);
  }
});

test('every 409 response lists its business codes (unless inferred where the docs give none), and no other status does', () => {
  for (const op of contractOperations<{
    operationId: string;
    responses: Record<string, { 'x-business-codes'?: string[]; 'x-any-business-code'?: boolean; 'x-inferred'?: boolean }>;
  }>()) {
    for (const [status, response] of Object.entries(op.responses)) {
      const codes = response['x-business-codes'];
      // An inferred 409 the docs give no code for accepts any well-formed code (harness/checks/business-code-documented.ts).
      if (status === '409' && !(response['x-inferred'] && codes === undefined)) assert.ok(codes && codes.length > 0, `${op.operationId} 409 lists no business code`);
      else assert.equal(codes, undefined, `${op.operationId} ${status} lists business codes`);
      // Other codes besides the listed ones: only where the docs give no code for some case, which is an inference.
      if (response['x-any-business-code']) assert.ok(codes && response['x-inferred'], `${op.operationId} ${status} accepts any code without listing codes or saying why`);
    }
  }
});

test('no node marked x-inferred sits under oneOf or not, where dropping it from the documented schema would tighten it', () => {
  const files = Object.values(deriveSchemas(contract));
  const isInferred = inferredNodes(files);
  assert.deepEqual(files.flatMap((file) => inferredUnderTighteningKeywords(file, isInferred)), []);
});
