/**
 * Provenance of the contract's constraints (issue 20): every keyword of an answer's schema that can fail an answer
 * carries where it comes from, an `x-source` (a page and what it says, for the operations it is said for), or sits
 * inside a node marked `x-inferred`. This walker lists those that do neither; tests/contract/provenance.test.ts
 * fails on any.
 *
 * A source covers the constraint keywords of its node and of everything below it (through `$ref`s too) for its
 * operations, until an inner node says otherwise: an inner `x-inferred` (nothing below is documented) or an inner
 * `x-source`, which replaces the outer one (so a shared component sourced for one operation is not covered, for
 * another, by a general source around it).
 */
import { INFERRED } from './documented-schema';

type Json = unknown;
type Node = Record<string, Json>;

/** The annotation keyword of a source (openapi/schema-types.ts, `sourced`). */
export const SOURCE = 'x-source';

/** Where a constraint comes from. */
export interface Source {
  /** A docs URL (openapi/operation.ts DOCS + page), or a catalog section: `catalog §4.3`. */
  page: string;
  /** The sentence, or the example's relevant part, quoted. */
  says: string;
  /** The operations the page states it for; omitted only when the page states it for every operation. */
  operations?: string[];
}

/** The keywords that can fail an answer. */
export const CONSTRAINT_KEYWORDS = [
  'required', 'type', 'enum', 'const', 'pattern', 'format',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'additionalProperties',
] as const;

/** Keywords whose value is one subschema, walked below a node (`if` is not: it never fails an answer by itself). */
const ONE = ['items', 'additionalProperties', 'not', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties'];
/** Keywords whose value is a list of subschemas. */
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to subschemas. */
const MAP = ['properties', 'patternProperties', 'dependentSchemas'];

/** A constraint without a source: where it is, in the schema walked (`$ref` segments name the component entered). */
export interface Unsourced {
  path: string;
  keyword: (typeof CONSTRAINT_KEYWORDS)[number];
}

/** The sources a node carries (one or a list). */
export function sourcesOf(node: Node): Source[] {
  const value = node[SOURCE];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Source[];
}

const isObject = (value: Json): value is Node => !!value && typeof value === 'object' && !Array.isArray(value);

/** A constraint and where it comes from: the sources that cover it, or `inferred`, or nothing (`[]`). */
export interface Provenance {
  path: string;
  keyword: (typeof CONSTRAINT_KEYWORDS)[number];
  from: Source[] | 'inferred';
}

/**
 * Every constraint of `schema` that can fail an answer of `operationId`, with its provenance: the sources for that
 * operation that cover it, `inferred` inside an `x-inferred` node, or `[]` when neither.
 * @param components the component schemas `$ref`s point into, by name
 * @param refPrefix what a `$ref` to a component starts with
 */
export function constraintProvenance(
  schema: Json,
  operationId: string,
  components: Record<string, Json>,
  refPrefix = '#/components/schemas/',
): Provenance[] {
  const found: Provenance[] = [];
  const componentName = (node: Node): string | undefined =>
    typeof node.$ref === 'string' && node.$ref.startsWith(refPrefix) ? node.$ref.slice(refPrefix.length) : undefined;
  const isMarked = (node: Node): boolean => {
    if (node[INFERRED] === true) return true;
    const name = componentName(node);
    return name !== undefined && isObject(components[name]) && (components[name] as Node)[INFERRED] === true;
  };

  const walk = (node: Json, path: string, covering: Source[] | 'inferred', entered: readonly string[]): void => {
    if (!isObject(node)) return;
    if (node[INFERRED] === true) covering = 'inferred';
    const sources = sourcesOf(node);
    if (covering !== 'inferred' && sources.length > 0) covering = sources.filter((s) => !s.operations || s.operations.includes(operationId));
    for (const keyword of CONSTRAINT_KEYWORDS) {
      if (keyword in node && constrains(node, keyword, isMarked)) found.push({ path: path || '/', keyword, from: covering });
    }
    const name = componentName(node);
    if (name !== undefined && !entered.includes(name)) walk(components[name], `${path}/$ref(${name})`, covering, [...entered, name]);
    for (const key of ONE) if (isObject(node[key])) walk(node[key], `${path}/${key}`, covering, entered);
    for (const key of LIST) {
      if (Array.isArray(node[key])) (node[key] as Json[]).forEach((child, i) => walk(child, `${path}/${key}/${i}`, covering, entered));
    }
    for (const key of MAP) {
      if (!isObject(node[key])) continue;
      for (const [child, value] of Object.entries(node[key] as Node)) walk(value, `${path}/${key}/${escape(child)}`, covering, entered);
    }
  };
  walk(schema, '', [], []);
  return found;
}

/**
 * The constraints of `schema`, for `operationId`, that no applicable source covers and no `x-inferred` node holds.
 * @example unsourcedConstraints({ $ref: '#/components/schemas/X' }, 'fetchCustomer', contract.components.schemas)
 */
export function unsourcedConstraints(schema: Json, operationId: string, components: Record<string, Json>, refPrefix = '#/components/schemas/'): Unsourced[] {
  return constraintProvenance(schema, operationId, components, refPrefix)
    .filter(({ from }) => from !== 'inferred' && from.length === 0)
    .map(({ path, keyword }) => ({ path, keyword }));
}

/** Whether a keyword present on a node can fail an answer. */
function constrains(node: Node, keyword: string, isMarked: (node: Node) => boolean): boolean {
  const value = node[keyword];
  if (keyword === 'additionalProperties') return value === false || (isObject(value) && Object.keys(value).length > 0 && !isMarked(value));
  if (keyword === 'required') {
    // An inferred property is dropped from its parent's `required` (openapi/documented-schema.ts).
    const properties = isObject(node.properties) ? (node.properties as Record<string, Json>) : {};
    return Array.isArray(value) && value.some((name) => !(isObject(properties[name]) && isMarked(properties[name] as Node)));
  }
  return true;
}

/** A JSON-pointer segment. */
const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** What an operation answers: each status and its JSON body schema. */
export interface Answer {
  operationId: string;
  status: string;
  schema: Json;
}

/** Every answer (success and error) of every operation of an OpenAPI document. */
export function answersOf(document: { paths?: Record<string, Json> }): Answer[] {
  const answers: Answer[] = [];
  for (const pathItem of Object.values(document.paths ?? {})) {
    if (!isObject(pathItem)) continue;
    for (const op of Object.values(pathItem)) {
      if (!isObject(op) || typeof op.operationId !== 'string' || !isObject(op.responses)) continue;
      for (const [status, response] of Object.entries(op.responses as Node)) {
        const schema = (response as { content?: Record<string, { schema?: Json }> })?.content?.['application/json']?.schema;
        if (schema !== undefined) answers.push({ operationId: op.operationId, status, schema });
      }
    }
  }
  return answers;
}

/** One line per unsourced constraint of every answer: `<operationId> <status> <JSON path> <keyword>`. */
export function unsourcedAnswerConstraints(document: { paths?: Record<string, Json>; components?: { schemas?: Record<string, Json> } }): string[] {
  const components = document.components?.schemas ?? {};
  return answersOf(document).flatMap(({ operationId, status, schema }) =>
    unsourcedConstraints(schema, operationId, components).map(({ path, keyword }) => `${operationId} ${status} ${path} ${keyword}`),
  );
}
