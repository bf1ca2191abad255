import type { OpenAPIV3_1 } from 'openapi-types';
import { ref, type Operation, type Response, type Schema } from './schema-types';

export const DOCS = 'https://dev.m2p.app/docs/prepaidv2';

/** What one operation of the contract says, before the shared parts are added. */
export interface OperationSpec {
  operationId: string;
  area: 'Authentication' | 'Customer' | 'Wallet' | 'Card' | 'Corporate Alert' | 'Test data';
  summary: string;
  description?: string;
  /** The documentation page, relative to the Prepaid v2 docs root. */
  doc: string;
  /** The component schema of the JSON body; none for an operation that takes no body (a GET). */
  request?: string;
  /** Documented responses by status: the schema of the body (a component's name, or a schema), and the business codes where 409. */
  responses: Record<string, { schema: string | Schema; description: string; businessCodes?: string[]; anyBusinessCode?: boolean; inferred?: string }>;
  /** Why the path or shape is not documented, when it is not. */
  inferred?: string;
  parameters?: OpenAPIV3_1.ParameterObject[];
  /** The token operation is the only one without a bearer token. */
  public?: boolean;
}

const tenantHeader: OpenAPIV3_1.ParameterObject = {
  name: 'X-TENANT-ID',
  in: 'header',
  required: true,
  description: 'Your unique tenant identifier assigned during onboarding',
  schema: { type: 'string', minLength: 1 },
};

/** Every secured operation can answer 401 and 403 (error-codes page); their bodies are inferred. */
const securityResponses: Record<string, Response> = {
  '401': { description: 'Missing, malformed, expired or wrongly signed bearer token.', content: json('Unauthorized'), 'x-inferred': true },
  '403': { description: 'Authenticated, but not allowed: X-TENANT-ID is not the token\'s tenant, or the role may not do this.', content: json('Forbidden'), 'x-inferred': true },
};

function json(schema: string | Schema): Response['content'] {
  return { 'application/json': { schema: typeof schema === 'string' ? ref(schema) : schema } };
}

/** Builds the OpenAPI operation: security, the tenant header, the JSON body and the responses. */
export function operation(spec: OperationSpec): Operation {
  const responses: Record<string, Response> = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    responses[status] = {
      description: r.inferred ? `${r.description} INFERRED: ${r.inferred}` : r.description,
      content: json(r.schema),
      ...(r.businessCodes ? { 'x-business-codes': r.businessCodes } : {}),
      ...(r.anyBusinessCode ? { 'x-any-business-code': true } : {}),
      ...(r.inferred ? { 'x-inferred': true } : {}),
    };
  }
  const description = [spec.description, spec.inferred && `INFERRED: ${spec.inferred}`].filter(Boolean).join('\n\n');
  return {
    operationId: spec.operationId,
    tags: [spec.area],
    summary: spec.summary,
    ...(description ? { description } : {}),
    externalDocs: { url: `${DOCS}/${spec.doc}` },
    ...(spec.inferred ? { 'x-inferred': true } : {}),
    security: spec.public ? [] : [{ bearerAuth: [], tenantId: [] }],
    parameters: [...(spec.parameters ?? []), ...(spec.public ? [] : [tenantHeader])],
    ...(spec.request ? { requestBody: { required: true, content: { 'application/json': { schema: ref(spec.request) } } } } : {}),
    responses: spec.public ? responses : { ...responses, ...securityResponses },
  };
}
