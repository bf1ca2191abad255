/**
 * Every example the documentation shows (the seed pages, shared/seeds/, and the catalog gathered from the pages,
 * shared/reference/m2p-api-catalog.md) against the contract: tests/contract/documented-examples.json holds each one with
 * its source, its page and the operation and status (or request) it belongs to.
 *
 * An example is what the docs document, so the **documented** schema of its own operation (openapi/documented-schema.ts)
 * must accept it: a refusal means the contract states a constraint the page contradicts (CONTRACT-SCHEMA-001). An
 * example of operation A is judged by A's schema only: a format another page documents for another operation is, for A,
 * an inference at best. Where the full schema refuses an example, an inferred constraint contradicts the docs' own
 * example: that is reported (a diagnostic line), not failed, since the docs were silent on the constraint.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { contract } from '../../harness/contract/contract';
import { schemas, type SchemaVerdict } from '../../harness/contract/schema-registry';

const root = join(import.meta.dirname, '..', '..');
/** CI has shared/ beside the clone, as the worktrees have /work/shared beside them. */
const shared = join(root, '..');

interface DocumentedExample {
  id: string;
  /** The operationId of the contract, or `*` for an example of the error-codes page that every operation shares. */
  operation: string;
  /** `request`, or the HTTP status of the response the page shows it under. */
  of: 'request' | number;
  /** A seed file (shared/seeds/…) or a section of the catalog (`catalog §7.4`). */
  source: string;
  page: string;
  shows: string;
  /** What the suite added to a body the page gives only in part (the page is cut, or gives fields without a body). */
  completed?: string;
  /** Where the values were read when the source gives only the fields (the stored copy of the page itself). */
  quotedFrom?: string;
  /** Why the example is not judged: no operation of the contract, or a body the page cuts short. */
  unchecked?: string;
  /** One body per value, each with the value at the pointer `at` (an enum or a list of example values of the page). */
  each?: { at: string; values: unknown[] };
  body: unknown;
}

const examples = (await import('./documented-examples.json', { with: { type: 'json' } })).default as DocumentedExample[];
const OUTSIDE_CONTRACT = 'no operation of the contract: the suite does not call this endpoint';

/** The bodies of an example: itself, or one per value of `each`. */
function bodiesOf(example: DocumentedExample): { label: string; body: unknown }[] {
  if (!example.each) return [{ label: example.id, body: example.body }];
  const key = example.each.at.replace(/^\//, '');
  assert.ok(!key.includes('/'), `${example.id}: each.at is a top-level pointer`);
  return example.each.values.map((value) => ({ label: `${example.id} ${key}=${JSON.stringify(value)}`, body: { ...(example.body as object), [key]: value } }));
}

/** The operations an example is judged against: its own, or for `*` every one that documents its status. */
function operationsOf(example: DocumentedExample): string[] {
  if (example.operation !== '*') return [example.operation];
  return [...contract.values()].filter((op) => op.responses[String(example.of)]?.schemaId).map((op) => op.operationId);
}

/** The text of an example's source: the seed page, or the catalog. */
const sourceText = (source: string) => readFileSync(join(shared, source.startsWith('shared/') ? source : 'shared/reference/m2p-api-catalog.md'), 'utf8');

/** Every string of a body, however deep (keys too): what a copy of the page must show word for word. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.entries(value).flatMap(([key, v]) => [...(Array.isArray(value) ? [] : [key]), ...stringsOf(v)]) : [];

const verdict = (operationId: string, of: DocumentedExample['of'], body: unknown): SchemaVerdict | undefined =>
  of === 'request' ? schemas().validateRequest(operationId, body) : schemas().validateResponse(operationId, of, body);

test('every documented example names its source, its page and the operation and status or request it belongs to', () => {
  const ids = new Set<string>();
  for (const example of examples) {
    assert.ok(!ids.has(example.id), `${example.id} is listed twice`);
    ids.add(example.id);
    assert.match(example.source, /^(shared\/seeds\/[0-9]{3}_[0-9a-f]+\.txt|catalog §[0-9].*)$/, `${example.id}: source`);
    if (example.source.startsWith('shared/')) assert.ok(existsSync(join(shared, example.source)), `${example.id}: ${example.source} does not exist`);
    assert.match(example.page, /^https:\/\/dev\.m2p\.app\/docs\/prepaidv2\//, `${example.id}: page`);
    assert.ok(example.of === 'request' || Number.isInteger(example.of), `${example.id}: of is request or a status`);
    assert.ok(example.shows.length > 0, `${example.id}: shows`);
    const inContract = example.operation === '*' || contract.has(example.operation);
    // An example outside the contract is listed so that nothing of the docs is left out; once the contract has its
    // operation, it is judged.
    if (example.unchecked === OUTSIDE_CONTRACT) assert.ok(!inContract, `${example.id}: ${example.operation} is in the contract now, so its example is judged`);
    else assert.ok(inContract, `${example.id}: ${example.operation} is not an operation of the contract`);
    for (const operationId of inContract ? operationsOf(example) : []) {
      const documented = example.of === 'request' ? contract.get(operationId)!.requestSchemaId : contract.get(operationId)!.responses[String(example.of)]?.schemaId;
      assert.ok(documented, `${example.id}: the contract documents no ${example.of} body for ${operationId}`);
    }
  }
  // The two seed-less sources must both be present: every seed page and the catalog.
  for (const n of ['000', '001', '002', '003', '004']) assert.ok(examples.some((e) => e.source.startsWith(`shared/seeds/${n}_`)), `no example of seed ${n}`);
});

test('an example the suite did not complete is copied from its source: each of its strings is on the page', () => {
  for (const example of examples.filter((e) => !e.completed && !e.quotedFrom)) {
    const text = sourceText(example.source);
    const missing = stringsOf([example.body, example.each?.values ?? []]).filter((s) => !text.includes(s));
    assert.deepEqual(missing, [], `${example.id}: not in ${example.source}`);
  }
});

test('[CONTRACT-SCHEMA-001] the documented schema of its own operation accepts every documented example', (t) => {
  const refused: string[] = [];
  let judged = 0;
  for (const example of examples) {
    if (example.unchecked) continue;
    for (const operationId of operationsOf(example)) {
      for (const { label, body } of bodiesOf(example)) {
        const result = verdict(operationId, example.of, body)!;
        judged += 1;
        const where = `${label} (${operationId} ${example.of}, ${example.source}, ${example.page})`;
        if (result.errors.length > 0) refused.push(`${where}: ${result.errors.join('; ')}`);
        // An inferred constraint the docs' own example breaks: reported, not failed (CONTRACT-SCHEMA-002 is a SHOULD).
        else if (result.inferredErrors.length > 0) t.diagnostic(`[CONTRACT-SCHEMA-002] the full schema refuses ${where}: ${result.inferredErrors.join('; ')}`);
      }
    }
  }
  assert.ok(judged >= 100, `only ${judged} bodies judged`);
  assert.deepEqual(refused, []);
});

test('every example left unjudged says why', (t) => {
  for (const example of examples.filter((e) => e.unchecked)) {
    assert.ok(example.unchecked!.length > 10, `${example.id}: unchecked without a reason`);
    t.diagnostic(`not judged: ${example.id} (${example.operation} ${example.of}): ${example.unchecked}`);
  }
});
