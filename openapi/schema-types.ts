import type { OpenAPIV3_1 } from 'openapi-types';
import { SOURCE, type Source } from './provenance';

export type { Source } from './provenance';

/**
 * A schema of the contract. openapi-types has no room for our `x-` extensions, so we widen it here:
 * `x-inferred` marks a field the documentation is silent on (its description says what we assumed); `x-source` says
 * where a documented one comes from (openapi/provenance.ts).
 */
export type Schema = OpenAPIV3_1.SchemaObject & { 'x-inferred'?: boolean; 'x-source'?: Source | Source[] };

/**
 * A response of the contract; `x-business-codes` lists the business codes documented for that status, and
 * `x-any-business-code` says that other codes are accepted too (cases the docs give no code for).
 */
export type Response = OpenAPIV3_1.ResponseObject & { 'x-business-codes'?: string[]; 'x-any-business-code'?: boolean; 'x-inferred'?: boolean };

/** An operation of the contract; `x-inferred` marks one whose path or shape the docs do not give. */
export type Operation = Omit<OpenAPIV3_1.OperationObject, 'responses'> & {
  operationId: string;
  responses: Record<string, Response>;
  'x-inferred'?: boolean;
};

/** A reference to a component schema, e.g. `ref('Mobile')`. */
export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` }) as Schema;

/** Marks a schema as not documented, with the reason: the docs were silent, this is what we assume. */
export function inferred<T extends Schema>(schema: T, why: string): T {
  const description = schema.description ? `${schema.description} ` : '';
  return { ...schema, description: `${description}INFERRED: ${why}`, 'x-inferred': true };
}

/**
 * Says where a schema's constraints come from: the page and what it says, for the operations it says it for. It covers
 * the node and everything below it (through `$ref`s) until an inner `sourced` or `inferred` (openapi/provenance.ts).
 * Several sources add up (one per operation of a shared component).
 * @example sourced(ref('AlertConfig'), { page: 'catalog §7.6', says: '"alertType": "CORPORATE_LOW_BALANCE_ALERT"', operations: ['fetchAlertConfig'] })
 */
export function sourced<T extends Schema>(schema: T, ...sources: Source[]): T {
  const had = schema[SOURCE];
  const all = [...(had === undefined ? [] : Array.isArray(had) ? had : [had]), ...sources];
  return { ...schema, [SOURCE]: all.length === 1 ? all[0] : all };
}

/**
 * A schema whose base is documented and whose `extra` constraints are not: `extra` sits in an inferred `allOf`, so the
 * documented schema keeps the base (its type, its place in `required`) and drops only `extra`.
 * @example partlyInferred({ type: 'string' }, { minLength: 1 }, 'the example shows a value, not a bound')
 */
export function partlyInferred<T extends Schema>(schema: T, extra: Schema, why: string): T {
  return { ...schema, allOf: [...(schema.allOf ?? []), inferred(extra, why)] };
}
