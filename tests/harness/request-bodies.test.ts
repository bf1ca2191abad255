import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import test from 'node:test';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { operations } from '../../harness/contract/contract';
import { forgedToken } from '../../harness/environment/forged-token';
import { describeMutation, mutations, validBody } from '../../harness/contract/request-bodies';
import { schemas } from '../../harness/contract/schema-registry';

const withBodies = operations().filter((op) => op.requestSchemaId);

test('a generated body is valid for its request schema, and the same seed gives the same body', () => {
  for (const { operationId } of withBodies) {
    for (const seed of [1, 2, 3]) {
      const body = validBody(operationId, seed);
      assert.equal(schemas().validateRequest(operationId, body)?.valid, true, `${operationId} seed ${seed}`);
      assert.deepEqual(validBody(operationId, seed), body, `${operationId} seed ${seed} replays`);
    }
  }
});

test('every mutation of a valid body breaks the request schema', () => {
  for (const { operationId } of withBodies) {
    for (const mutation of mutations(operationId, 100)) {
      const verdict = schemas().validateRequest(operationId, mutation.apply(validBody(operationId, 7)));
      assert.equal(verdict?.valid, false, `${operationId}: ${describeMutation(mutation)}`);
    }
  }
});

test('a cap keeps every kind of mutation before a second of any kind, in schema order', () => {
  const all = mutations('updateCardStatus', 100);
  assert.deepEqual(mutations('updateCardStatus', 6).map(describeMutation), [
    'a body without entityId',
    'a body with entityId of the wrong JSON type',
    'a body with entityId as an empty string',
    'a body with entityId as null',
    'a body with status outside its enum',
    'an empty body',
  ]);
  assert.ok(all.length > 6);
  assert.deepEqual(mutations('updateCardStatus', 100).find((m) => m.kind === 'empty body')?.named, ['entityId', 'kitNo', 'status']);
});

test('a string field gets an object, not a number, as its wrong type: mappers turn numbers into strings', () => {
  const wrong = mutations('updateCardStatus', 100).find((m) => m.kind === 'wrong type' && m.field === 'entityId')!;
  assert.deepEqual((wrong.apply({ entityId: 'E1' }) as { entityId: unknown }).entityId, { unexpected: 'object' });
});

test('a mutation is inferred when the constraint it breaks is x-inferred: a field the docs do not mark required, not a documented one', () => {
  const byName = (operationId: string) => new Map(mutations(operationId, 100).map((m) => [describeMutation(m), m.inferred]));
  const card = byName('updateCardStatus');
  assert.equal(card.get('a body without entityId'), true, 'entityId is taken from the sibling card endpoints');
  assert.equal(card.get('a body with status outside its enum'), false, 'the status enum is documented');
  const alert = byName('updateAlertConfig');
  assert.equal(alert.get('an empty body'), true, 'the page sends {} itself: every required field is inferred');
  assert.equal(byName('updateCustomerStatus').get('an empty body'), false);
});

test('a forged token keeps the header and claims of the genuine one and changes only the signature', async () => {
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const genuine = await new SignJWT({ tenant: 'ACME_CORP', role: 'partner' }).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).setSubject('p').setIssuedAt().setExpirationTime('1h').sign(key);
  const forged = await forgedToken(genuine);
  assert.deepEqual(decodeJwt(forged), decodeJwt(genuine));
  assert.deepEqual(decodeProtectedHeader(forged), decodeProtectedHeader(genuine));
  assert.notEqual(forged.split('.')[2], genuine.split('.')[2]);
});
