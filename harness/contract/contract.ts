/**
 * The contract (openapi/m2p-prepaid-v2.json), indexed by operationId: what the client needs to build a request and
 * what the checks need to judge an answer. Loaded once per process.
 */
import type { OpenAPIV3_1 } from 'openapi-types';
import document from '../../openapi/m2p-prepaid-v2.json' with { type: 'json' };
import { schemaFileName, schemaId as schemaIdOf } from '../../openapi/derive-schemas';

/** What the contract documents for one response status of an operation. */
export interface DocumentedResponse {
  /** The status key as written in the contract: "200", "409", or a range such as "4XX", or "default". */
  status: string;
  /** `x-business-codes`: the business codes documented for this status (empty when none). */
  businessCodes: string[];
  /** `x-inferred: true`: the docs do not give this answer; its status and codes are assumed. */
  inferred: boolean;
  /** `x-any-business-code`: codes beyond `businessCodes` are accepted too (cases the docs give no code for). */
  anyBusinessCode: boolean;
  /** The `$id` of the derived JSON Schema of the body, when the contract documents a JSON body. */
  schemaId?: string;
}

/** One operation of the contract. */
export interface Operation {
  operationId: string;
  /** Upper case, e.g. POST. */
  method: string;
  /** Path template, e.g. `/prepaid/customer/v1/customers/support/nominee/{entityId}`. */
  path: string;
  /** `tags[0]`: the API area (Authentication, Customer, Wallet, Card, Corporate Alert, Test data). */
  area: string;
  summary: string;
  /** The documentation page (`externalDocs.url`). */
  docUrl?: string;
  /** `x-inferred: true`: the docs did not give this operation fully; the contract picked a behaviour. */
  inferred: boolean;
  /** False for operations without security (issueToken): no bearer token is sent by default. */
  secured: boolean;
  pathParams: string[];
  /** A value for each path parameter (its example, or a placeholder), for tests that send any request at all. */
  samplePathParams: Record<string, string>;
  queryParams: string[];
  /** `$id` of the request body's schema, when there is a JSON body. */
  requestSchemaId?: string;
  /** Keyed by the contract's status key. */
  responses: Record<string, DocumentedResponse>;
}

/** The operations of a contract, by operationId. */
export type ContractIndex = ReadonlyMap<string, Operation>;

const schemaId = (operationId: string, part: string) => schemaIdOf(schemaFileName(operationId, part));
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Builds the index of an OpenAPI 3.1 document. Exported for tests, which index small stand-in contracts. */
export function indexContract(doc: OpenAPIV3_1.Document): ContractIndex {
  const index = new Map<string, Operation>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op?.operationId) continue;
      const parameters = [...(item?.parameters ?? []), ...(op.parameters ?? [])] as OpenAPIV3_1.ParameterObject[];
      const body = op.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
      const responses: Record<string, DocumentedResponse> = {};
      for (const [status, raw] of Object.entries(op.responses ?? {})) {
        const response = raw as OpenAPIV3_1.ResponseObject & { 'x-business-codes'?: string[]; 'x-inferred'?: boolean; 'x-any-business-code'?: boolean };
        responses[status] = {
          status,
          businessCodes: response['x-business-codes'] ?? [],
          inferred: response['x-inferred'] === true,
          anyBusinessCode: response['x-any-business-code'] === true,
          schemaId: response.content?.['application/json']?.schema ? schemaId(op.operationId, status) : undefined,
        };
      }
      index.set(op.operationId, {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        area: op.tags?.[0] ?? 'Untagged',
        summary: op.summary ?? op.operationId,
        docUrl: op.externalDocs?.url,
        inferred: (op as { 'x-inferred'?: boolean })['x-inferred'] === true,
        // An operation without its own `security` falls back to the document's.
        secured: (op.security ?? doc.security ?? []).length > 0,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        samplePathParams: Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, sampleOf(p)])),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        requestSchemaId: body?.content?.['application/json']?.schema ? schemaId(op.operationId, 'request') : undefined,
        responses,
      });
    }
  }
  return index;
}

function sampleOf(parameter: OpenAPIV3_1.ParameterObject): string {
  const schema = parameter.schema as { examples?: unknown[] } | undefined;
  return String(parameter.example ?? schema?.examples?.[0] ?? `sample-${parameter.name}`);
}

/** Every operation of openapi/m2p-prepaid-v2.json. */
export const contract: ContractIndex = indexContract(document as unknown as OpenAPIV3_1.Document);

/**
 * The operation, or an error naming it: an unknown operationId is a defect of the test, not of the API.
 * @example operation('updateCustomerStatus').path // '/prepaid/customer/v1/customers/update/status'
 */
export function operation(operationId: string, index: ContractIndex = contract): Operation {
  const found = index.get(operationId);
  if (!found) throw new Error(`unknown operationId "${operationId}": not in openapi/m2p-prepaid-v2.json`);
  return found;
}

/**
 * Every operation of the contract, in the contract's order: for specs that loop over all of them.
 * @example for (const op of operations().filter((op) => op.secured)) test(`${op.operationId}: …`, …)
 */
export function operations(index: ContractIndex = contract): Operation[] {
  return [...index.values()];
}

/**
 * What the contract documents for an HTTP status: the exact code first, then its range ("4XX"), then "default".
 * Undefined when the status is not documented at all.
 */
export function documentedResponse(op: Operation, status: number): DocumentedResponse | undefined {
  return op.responses[String(status)] ?? op.responses[`${Math.floor(status / 100)}XX`] ?? op.responses.default;
}
