/**
 * The documented schema of an answer: the full schema with every node the contract marks `x-inferred` (and all it holds)
 * replaced by `{}`, which accepts anything, and an inferred property dropped from its parent's `required` (a field the
 * docs are silent on is not documented to be there). It keeps only what the documentation states, so it decides MUST
 * (CONTRACT-SCHEMA-001); the full schema adds the inferred constraints, which decide an inferred SHOULD
 * (CONTRACT-SCHEMA-002). Derived, never hand-kept: a mark on a shape covers every constraint inside it, however deep,
 * and a `$ref` to a marked component is marked.
 *
 * Replacing a node by `{}` only loosens a schema where the node sits under `properties`, `items`, `allOf`, `anyOf`,
 * `$ref` and the like; under `oneOf` or `not` it could tighten it, so a mark there is refused (tests/contract).
 */
type Json = unknown;
type Node = Record<string, Json>;

/** The keyword that marks a node as not documented (openapi/schema-types.ts, `inferred`). */
export const INFERRED = 'x-inferred';

/** Keywords under which a node marked inferred would not loosen the schema when replaced by `{}`. */
export const TIGHTENING_PARENTS = ['oneOf', 'not'] as const;

/** Whether a node is marked inferred, itself or as a `$ref` to a component that is. */
export type IsInferred = (node: Node) => boolean;

/**
 * `isInferred` for a set of schema files: a node marked itself, or a `$ref` ending in `/$defs/<name>` where that
 * definition of any file is marked.
 */
export function inferredNodes(files: readonly Json[]): IsInferred {
  const marked = new Set<string>();
  for (const file of files) {
    const defs = (file as { $defs?: Record<string, Node> } | undefined)?.$defs ?? {};
    for (const [name, schema] of Object.entries(defs)) if (schema?.[INFERRED] === true) marked.add(name);
  }
  return (node) => node[INFERRED] === true || (typeof node.$ref === 'string' && marked.has(node.$ref.split('/$defs/').pop()!));
}

/** The documented variant of one schema file (or node). */
export function documentedOnly(node: Json, isInferred: IsInferred = (n) => n[INFERRED] === true, root = true): Json {
  if (Array.isArray(node)) return node.map((item) => documentedOnly(item, isInferred, false));
  if (!node || typeof node !== 'object') return node;
  const record = node as Node;
  // A schema file's root keeps its `$id` and dialect, so that the documented variant answers to the same name.
  if (isInferred(record)) return root ? pick(record, ['$id', '$schema']) : {};
  const out: Node = Object.fromEntries(Object.entries(record).map(([key, value]) => [key, documentedOnly(value, isInferred, false)]));
  const properties = record.properties as Record<string, Node> | undefined;
  if (Array.isArray(record.required) && properties) {
    const required = (record.required as string[]).filter((name) => !(properties[name] && isInferred(properties[name])));
    if (required.length > 0) out.required = required;
    else delete out.required;
  }
  return out;
}

function pick(record: Node, keys: string[]): Node {
  return Object.fromEntries(Object.entries(record).filter(([key]) => keys.includes(key)));
}

/**
 * The places where a node marked inferred sits under a keyword that replacing it would tighten ({@link TIGHTENING_PARENTS}),
 * as JSON pointers; the contract must have none.
 */
export function inferredUnderTighteningKeywords(node: Json, isInferred: IsInferred, at = ''): string[] {
  if (!node || typeof node !== 'object') return [];
  const entries = Array.isArray(node) ? node.map((value, i) => [String(i), value] as const) : Object.entries(node as Node);
  return entries.flatMap(([key, value]) => {
    const here = `${at}/${key}`;
    const children = (TIGHTENING_PARENTS as readonly string[]).includes(key) ? (Array.isArray(value) ? value : [value]) : [];
    const marked = children.some((child) => child && typeof child === 'object' && isInferred(child as Node));
    return [...(marked ? [here] : []), ...inferredUnderTighteningKeywords(value, isInferred, here)];
  });
}
