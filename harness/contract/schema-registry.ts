/**
 * The JSON Schemas derived from the contract (schemas/), in ONE Ajv instance: each file added once, each validator
 * compiled once on first use and cached by Ajv. Strict mode stays on, so a misspelt keyword in the contract fails
 * loudly instead of silently validating nothing.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { join } from 'node:path';
import { documentedOnly, inferredNodes } from '../../openapi/documented-schema';
import { readJsonFiles } from './json-files';
import { type ContractIndex, contract, documentedResponse, operation } from './contract';

/** The outcome of validating one body. */
export interface SchemaVerdict {
  schemaId: string;
  valid: boolean;
  /** One line per error of the documented schema (openapi/documented-schema.ts): `<instance path> <message>`. */
  errors: string[];
  /**
   * The errors of the full schema that the documented one does not have: constraints inside a node the contract marks
   * `x-inferred` (the docs were silent, openapi/schema-types.ts), however deep. A faithful environment may answer
   * otherwise, so they are reported apart, under an inferred SHOULD.
   */
  inferredErrors: string[];
}

/**
 * Contract keywords that are annotations, not assertions: OpenAPI extensions the contract uses inside schemas.
 * Registered so that strict mode accepts them; any other unknown keyword is still an error.
 */
export const ANNOTATION_KEYWORDS = ['x-inferred', 'x-source', 'x-business-codes'] as const;

/** Validates request and response bodies against the schemas of the contract. */
export class SchemaRegistry {
  /** The full schemas: documented and inferred constraints. */
  private readonly ajv: Ajv2020;
  /** The same schemas, under the same `$id`s, with only their documented constraints (openapi/documented-schema.ts). */
  private readonly documented: Ajv2020;
  private readonly ids: string[];

  /**
   * @param schemas every schema file, each with its `$id`
   * @param index the contract the schemas were derived from
   */
  constructor(
    schemas: readonly { $id?: string }[],
    private readonly index: ContractIndex = contract,
  ) {
    this.ajv = strictAjv();
    // The documented schemas are the full ones less their inferred nodes: checking them against the meta-schema again
    // only compiled the meta-schema a second time in every process (about 0.1 s of each worker's start, profiled).
    this.documented = strictAjv({ validateSchema: false });
    this.ids = [];
    const isInferred = inferredNodes(schemas);
    for (const schema of schemas) {
      if (!schema.$id) throw new Error('a schema without $id cannot be referenced');
      this.ajv.addSchema(schema);
      this.documented.addSchema(documentedOnly(schema, isInferred) as object);
      this.ids.push(schema.$id);
    }
  }

  /** The `$id` of every schema held. */
  get schemaIds(): readonly string[] {
    return this.ids;
  }

  /**
   * Validates a response body against the schema documented for the operation and status.
   * Undefined when the contract documents no JSON body for that status (or not the status at all).
   * @example schemas.validateResponse('fetchCustomer', 200, body)?.valid
   */
  validateResponse(operationId: string, status: number, body: unknown): SchemaVerdict | undefined {
    const schemaId = documentedResponse(operation(operationId, this.index), status)?.schemaId;
    return schemaId === undefined ? undefined : this.validate(schemaId, body);
  }

  /** Validates a request body against the operation's request schema; undefined when it has no JSON body. */
  validateRequest(operationId: string, body: unknown): SchemaVerdict | undefined {
    const schemaId = operation(operationId, this.index).requestSchemaId;
    return schemaId === undefined ? undefined : this.validate(schemaId, body);
  }

  /** The schema held under `$id`, as written (for generators that read schemas rather than validate with them). */
  schemaById(schemaId: string): Record<string, unknown> {
    // Ajv's own copy, not getSchema(): that compiles a validator, which a spec that only reads the schema (to name its
    // tests when it is loaded, in every worker) has no use for.
    const schema = this.ajv.schemas[schemaId]?.schema;
    if (!schema || typeof schema !== 'object') throw new Error(`no schema with $id ${schemaId} in schemas/ (run npm run build:contract)`);
    return schema as Record<string, unknown>;
  }

  /** Validates against any schema held, by `$id`. */
  validate(schemaId: string, body: unknown): SchemaVerdict {
    // getSchema compiles on first use and returns Ajv's cached validator afterwards.
    const validator = this.ajv.getSchema(schemaId);
    if (!validator) throw new Error(`no schema with $id ${schemaId} in schemas/ (run npm run build:contract)`);
    if (validator(body) === true) return { schemaId, valid: true, errors: [], inferredErrors: [] };
    const failed = (validator.errors ?? []).map(describeError);
    // The documented schema is looser than the full one: only a body the full one refuses needs its verdict.
    const documented = this.documented.getSchema(schemaId)!;
    const errors = documented(body) === true ? [] : (documented.errors ?? []).map(describeError);
    return { schemaId, valid: false, errors, inferredErrors: [...new Set(failed.filter((error) => !errors.includes(error)))] };
  }

  /** Compiles every schema now, in both variants, so a strict-mode fault shows at once rather than at first use. */
  compileAll(): void {
    for (const id of this.ids) {
      this.ajv.getSchema(id);
      this.documented.getSchema(id);
    }
  }
}

/** An Ajv that refuses unknown keywords but the contract's own annotations, and knows the formats the contract uses. */
function strictAjv(options: { validateSchema?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, ...options });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  return ajv;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `${where} has unexpected property "${String(params.additionalProperty)}"`;
  if (error.keyword === 'enum') return `${where} ${error.message}: ${JSON.stringify(params.allowedValues)}`;
  if (error.keyword === 'const') return `${where} must be ${JSON.stringify(params.allowedValue)}`;
  return `${where} ${error.message}`;
}

/** Reads every `*.schema.json` in a folder. */
export function readSchemaFiles(dir: string): { $id?: string }[] {
  return readJsonFiles<{ $id?: string }>(dir, '.schema.json');
}

let shared: SchemaRegistry | undefined;

/** The registry of schemas/, built on first use and shared by everything in the process. */
export function schemas(): SchemaRegistry {
  shared ??= new SchemaRegistry(readSchemaFiles(join(import.meta.dirname, '..', '..', 'schemas')));
  return shared;
}
