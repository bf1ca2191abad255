import type { OpenAPIV3_1 } from 'openapi-types';

/**
 * A schema of the contract. openapi-types has no room for our `x-` extensions, so we widen it here:
 * `x-inferred` marks a field the documentation is silent on (its description says what we assumed).
 */
export type Schema = OpenAPIV3_1.SchemaObject & { 'x-inferred'?: boolean };

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
