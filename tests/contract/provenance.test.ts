/**
 * Provenance (issue 20): every constraint of every answer's schema (success and errors) comes from a page that states
 * it for that operation (`x-source`, openapi/provenance.ts), or sits inside a node marked `x-inferred`. A constraint
 * with neither is named `<operationId> <status> <JSON path> <keyword>`.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { contract } from '../../openapi/document';
import { answersOf, sourcesOf, unsourcedAnswerConstraints, unsourcedConstraints, type Source } from '../../openapi/provenance';
import { DOCS } from '../../openapi/operation';

const components = {
  Sourced: { type: 'string', 'x-source': { page: 'catalog §1', says: '"a": "x"', operations: ['opA'] } },
  Bare: { type: 'integer', minimum: 0 },
  Marked: { type: 'string', pattern: '^x$', 'x-inferred': true },
  Loop: { type: 'object', properties: { next: { $ref: '#/components/schemas/Loop' } } },
};

test('provenance: a covered constraint passes, an uncovered one is named, an inferred one passes, a source for another operation covers nothing', () => {
  const schema = {
    type: 'object',
    'x-source': { page: 'catalog §1', says: 'an object with a', operations: ['opA'] },
    required: ['a', 'c'],
    properties: {
      a: { type: 'string', minLength: 1 },
      b: { type: 'string', pattern: '^b$', 'x-inferred': true },
      c: { $ref: '#/components/schemas/Marked' },
      d: { $ref: '#/components/schemas/Bare' },
      e: { type: 'string', 'x-source': { page: 'catalog §2', says: 'e for opB', operations: ['opB'] } },
      f: { $ref: '#/components/schemas/Sourced' },
      g: { $ref: '#/components/schemas/Loop' },
    },
  };
  // Covered for opA: everything but e (its own source is for opB only, and replaces the outer one).
  assert.deepEqual(unsourcedConstraints(schema, 'opA', components), [{ path: '/properties/e', keyword: 'type' }]);
  // For opB the outer source does not apply: what only it covered is named; b and c are inferred, e is covered.
  assert.deepEqual(
    unsourcedConstraints(schema, 'opB', components).map(({ path, keyword }) => `${path} ${keyword}`),
    [
      '/ required', '/ type', '/properties/a type', '/properties/a minLength',
      '/properties/d/$ref(Bare) type', '/properties/d/$ref(Bare) minimum',
      '/properties/f/$ref(Sourced) type',
      '/properties/g/$ref(Loop) type',
    ],
  );
  // A required list of inferred properties only is no documented constraint.
  assert.deepEqual(unsourcedConstraints({ required: ['c'], properties: { c: { $ref: '#/components/schemas/Marked' } } }, 'opA', components), []);
  // A general source (no operations) covers every operation.
  assert.deepEqual(unsourcedConstraints({ type: 'null', 'x-source': { page: 'p', says: 's' } }, 'anyOp', components), []);
});

test('[CONTRACT-SCHEMA-001] every constraint of every answer of the contract has a source for its operation, or is inferred', () => {
  assert.ok(answersOf(contract as never).length > 50);
  const unsourced = unsourcedAnswerConstraints(contract as never);
  assert.deepEqual(unsourced, [], `${unsourced.length} constraints without a source:\n${unsourced.join('\n')}`);
});

test('every source names a docs page or a catalog section, quotes something, and names only operations of the contract', () => {
  const operations = new Set(answersOf(contract as never).map((a) => a.operationId));
  const all: Source[] = [];
  const collect = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (!Array.isArray(node)) all.push(...sourcesOf(node as Record<string, unknown>));
    for (const value of Object.values(node)) collect(value);
  };
  collect(contract);
  assert.ok(all.length > 0);
  for (const source of all) {
    assert.match(source.page, new RegExp(`^(${DOCS.replace(/[.]/g, '\\.')}/|catalog §)`), JSON.stringify(source));
    assert.ok(source.says.trim().length > 0, JSON.stringify(source));
    for (const op of source.operations ?? []) assert.ok(operations.has(op), `${JSON.stringify(source)}: no operation ${op}`);
  }
});
