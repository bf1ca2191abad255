/**
 * Request bodies made from the contract's request schemas, never written by hand: a schema-valid body
 * (json-schema-faker, seeded so a failure replays) and the ways to break one field of it. Every body is checked with
 * the same ajv instance that judges responses, so a "valid" body is valid and a "mutation" really violates the schema.
 */
import { generateSync, type JsonSchema } from 'json-schema-faker';
import { operation } from './contract';
import { schemas } from './schema-registry';

type Schema = Exclude<JsonSchema, boolean>;

/** How a mutation breaks the body; the title of its test says it in words. */
export type MutationKind = 'missing' | 'wrong type' | 'outside the enum' | 'empty string' | 'null' | 'empty body';

/** One way to break a valid body. `apply` changes a copy of a valid body; `field` is what the error should name. */
export interface Mutation {
  kind: MutationKind;
  /** The top-level field broken; undefined for the empty body. */
  field?: string;
  /** Fields a constraint-violation may name for this mutation (the field, or every required field of an empty body). */
  named: string[];
  /**
   * The constraint it breaks rests on inference (the field's schema, or the whole request schema, is `x-inferred`; for
   * the empty body, every required field's): a faithful environment may accept the body.
   */
  inferred: boolean;
  apply(valid: Record<string, unknown>): unknown;
}

/** The request schema of an operation, with the contract's shared definitions inlined as `$defs`. */
export function requestSchema(operationId: string): Schema {
  const id = operation(operationId).requestSchemaId;
  if (!id) throw new Error(`${operationId} has no JSON request body`);
  const registry = schemas();
  const root = registry.schemaById(id) as Schema;
  const [file, pointer] = String(root.$ref).split('#/$defs/');
  const components = registry.schemaById(file) as Schema & { $defs: Record<string, Schema> };
  return { ...(components.$defs[pointer] as Schema), $defs: components.$defs };
}

/**
 * A body the operation's request schema accepts, from the seed. json-schema-faker does not honour every nested
 * keyword, so the next seeds are tried until ajv agrees the body is valid.
 * @example const body = validBody('updateCardStatus', 42);
 */
export function validBody(operationId: string, seed: number): Record<string, unknown> {
  const schema = requestSchema(operationId);
  for (let attempt = 0; attempt < 200; attempt++) {
    const body = generateSync(schema, { seed: seed + attempt, optionalsProbability: 0.5 }) as Record<string, unknown>;
    if (schemas().validateRequest(operationId, body)?.valid) return body;
  }
  throw new Error(`json-schema-faker made no valid ${operationId} body in 200 seeds from ${seed}: see harness/contract/request-bodies.ts`);
}

/**
 * Every single-field mutation the request schema implies, in schema order: each required field missing, each field
 * of the wrong type, outside its enum, an empty string where `minLength` forbids one, `null` where not allowed; then
 * the empty body. At most `cap`, taken round-robin over the kinds so that a cap keeps every kind.
 */
export function mutations(operationId: string, cap: number): Mutation[] {
  const schema = requestSchema(operationId);
  const required = schema.required ?? [];
  const byKind = new Map<MutationKind, Mutation[]>();
  const add = (mutation: Mutation) => byKind.set(mutation.kind, [...(byKind.get(mutation.kind) ?? []), mutation]);
  const inferredField = (field: string) => {
    const raw = schema.properties?.[field] as Schema | undefined;
    return isInferred(schema) || (raw !== undefined && (isInferred(raw) || isInferred(resolve(schema, raw))));
  };
  for (const [field, raw] of Object.entries(schema.properties ?? {})) {
    const property = resolve(schema, raw as Schema);
    const set = (value: unknown) => (valid: Record<string, unknown>) => ({ ...valid, [field]: value });
    const inferred = inferredField(field);
    if (required.includes(field)) add({ kind: 'missing', field, named: [field], inferred, apply: ({ [field]: _, ...rest }) => rest });
    const wrong = wrongTypeValue(property);
    if (wrong !== undefined) add({ kind: 'wrong type', field, named: [field], inferred, apply: set(wrong) });
    if (property.enum) add({ kind: 'outside the enum', field, named: [field], inferred, apply: set(`NOT_A_${field.toUpperCase()}`) });
    if ((property.minLength ?? 0) >= 1) add({ kind: 'empty string', field, named: [field], inferred, apply: set('') });
    // Only required fields: common JSON mappers read `null` as "absent", which is fine for an optional field.
    if (required.includes(field) && !types(property).includes('null')) add({ kind: 'null', field, named: [field], inferred, apply: set(null) });
  }
  if (required.length > 0) add({ kind: 'empty body', named: required, inferred: required.every(inferredField), apply: () => ({}) });
  const picked: Mutation[] = [];
  const queues = [...byKind.values()].map((list) => [...list]);
  while (picked.length < cap && queues.some((q) => q.length > 0)) {
    for (const queue of queues) if (picked.length < cap && queue.length > 0) picked.push(queue.shift()!);
  }
  return picked;
}

/** The body in words, for a test title: `a body without transactionId`, `a body with type outside its enum`, `an empty body`. */
export function describeMutation({ kind, field }: Mutation): string {
  const words: Record<MutationKind, string> = {
    missing: `a body without ${field}`,
    'wrong type': `a body with ${field} of the wrong JSON type`,
    'outside the enum': `a body with ${field} outside its enum`,
    'empty string': `a body with ${field} as an empty string`,
    null: `a body with ${field} as null`,
    'empty body': 'an empty body',
  };
  return words[kind];
}

const isInferred = (schema: Schema) => (schema as Record<string, unknown>)['x-inferred'] === true;

function resolve(root: Schema, schema: Schema): Schema {
  if (typeof schema.$ref !== 'string') return schema;
  const name = schema.$ref.replace(/^#\/\$defs\//, '');
  return resolve(root, (root.$defs as Record<string, Schema>)[name]);
}

function types(schema: Schema): string[] {
  if (schema.type) return Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.enum) return [...new Set(schema.enum.map((v: unknown) => (v === null ? 'null' : typeof v)))];
  return [];
}

/**
 * A value of a JSON type the field does not allow; undefined when the schema names no type to contradict. An object
 * for scalars and a word for objects and arrays: common JSON mappers quietly turn a number into a string, so a number
 * would not test the type at all.
 */
function wrongTypeValue(schema: Schema): unknown {
  const allowed = types(schema);
  if (allowed.length === 0) return undefined;
  return allowed.includes('object') ? 'not-an-object' : { unexpected: 'object' };
}
