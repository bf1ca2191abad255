/**
 * The documented schema of each answer (openapi/documented-schema.ts: every `x-inferred` node loosened to `{}`), the
 * only judge of what latitude mode may answer: a rewritten body is kept only when this schema still accepts it. Read
 * from schemas/ as the suite reads it, but compiled here, since the sandbox imports nothing of the harness.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { documentedOnly, inferredNodes } from '../../openapi/documented-schema';

const SCHEMAS_DIR = new URL('../../schemas/', import.meta.url);
/** `<operationId>.<status>.schema.json`: the contract documents a body for that status. */
const RESPONSE_SCHEMA = /^(.+)\.(\d{3})\.schema\.json$/;

export class DocumentedAnswers {
  private readonly validators = new Map<string, ValidateFunction>();

  constructor() {
    // strict: false because the contract carries OpenAPI keywords (readOnly, examples, x-*) Ajv does not know.
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats(ajv);
    const files = readdirSync(SCHEMAS_DIR).filter((file) => file.endsWith('.schema.json'));
    const schemas = files.map((file) => ({ file, schema: JSON.parse(readFileSync(new URL(file, SCHEMAS_DIR), 'utf8')) }));
    const isInferred = inferredNodes(schemas.map(({ schema }) => schema));
    for (const { schema } of schemas) ajv.addSchema(documentedOnly(schema, isInferred) as object);
    for (const { file, schema } of schemas) {
      const [, operationId, status] = RESPONSE_SCHEMA.exec(file) ?? [];
      if (operationId) this.validators.set(`${operationId} ${status}`, ajv.getSchema(schema.$id)!);
    }
  }

  /** Whether the documented schema of the operation's answer of that status accepts `body`; undefined when none is documented. */
  accepts(operationId: string, status: number, body: unknown): boolean | undefined {
    return this.validators.get(`${operationId} ${status}`)?.(body);
  }
}

let shared: DocumentedAnswers | undefined;

/** One compiled set per process: every sandbox built in it shares them. */
export function documentedAnswers(): DocumentedAnswers {
  shared ??= new DocumentedAnswers();
  return shared;
}
