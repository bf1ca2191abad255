import type { OpenAPIV3_1 } from 'openapi-types';

/** Where our schemas live: an identifier, not a URL anything fetches. */
const SCHEMA_BASE = 'https://m2p-conformance.local/schemas/';

/** The file of an operation's request body (`request`) or of one documented response status (`200`, `409`…). */
export function schemaFileName(operationId: string, part: string): string {
  return `${operationId}.${part}.schema.json`;
}

/** The `$id` of a schema file: what harness/contract/contract.ts names and the registry looks up. */
export function schemaId(file: string): string {
  return `${SCHEMA_BASE}${file}`;
}
const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

type Json = unknown;

/** Rewrites OpenAPI component refs (#/components/schemas/X) to point at `prefix` + X. */
function rewriteRefs(node: Json, prefix: string): Json {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, prefix));
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) =>
        key === '$ref' && typeof value === 'string'
          ? [key, value.replace('#/components/schemas/', prefix)]
          : [key, rewriteRefs(value, prefix)],
      ),
    );
  }
  return node;
}

/**
 * Derives the JSON Schemas the checks use from the contract: one file of shared definitions, and one
 * file per request body and per documented response status, named `<operationId>.<request|status>.schema.json`.
 */
export function deriveSchemas(contract: OpenAPIV3_1.Document): Record<string, object> {
  const files: Record<string, object> = {
    'components.schema.json': {
      $schema: DIALECT,
      $id: schemaId('components.schema.json'),
      $defs: rewriteRefs(contract.components?.schemas ?? {}, '#/$defs/'),
    },
  };
  const toComponents = `${schemaId('components.schema.json')}#/$defs/`;
  const add = (name: string, schema: Json) => {
    files[name] = { $schema: DIALECT, $id: schemaId(name), ...(rewriteRefs(schema, toComponents) as object) };
  };
  for (const pathItem of Object.values(contract.paths ?? {})) {
    for (const op of Object.values(pathItem ?? {}) as OpenAPIV3_1.OperationObject[]) {
      if (!op || typeof op !== 'object' || !op.operationId) continue;
      const body = op.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
      const requestSchema = body?.content['application/json']?.schema;
      if (requestSchema) add(schemaFileName(op.operationId, 'request'), requestSchema);
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const schema = (response as OpenAPIV3_1.ResponseObject).content?.['application/json']?.schema;
        if (schema) add(schemaFileName(op.operationId, status), schema);
      }
    }
  }
  return files;
}
