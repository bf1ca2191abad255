/**
 * Request validation from the contract: `schemas/<operationId>.request.schema.json` (JSON Schema 2020-12,
 * generated from openapi/ by the lead's build), all compiled once by one Ajv instance per process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SCHEMAS_DIR = new URL('../../schemas/', import.meta.url);
const REQUEST_SCHEMA = /^(.+)\.request\.schema\.json$/;

export class ContractValidator {
  private readonly validators = new Map<string, ValidateFunction>();

  constructor() {
    // strict: false because the contract carries OpenAPI keywords (readOnly, examples, x-*) Ajv does not know;
    // verbose: true so an anyOf error can name the fields of its alternatives.
    const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true });
    addFormats(ajv);
    const files = readdirSync(SCHEMAS_DIR).filter((file) => file.endsWith('.schema.json'));
    const load = (file: string) => JSON.parse(readFileSync(new URL(file, SCHEMAS_DIR), 'utf8'));
    ajv.addSchema(load('components.schema.json'));
    for (const file of files) {
      const operationId = REQUEST_SCHEMA.exec(file)?.[1];
      if (operationId) this.validators.set(operationId, ajv.compile(load(file)));
    }
  }

  has(operationId: string): boolean {
    return this.validators.has(operationId);
  }

  /** The contract violations of `body` for `operationId`: an empty list when it is valid. */
  errors(operationId: string, body: unknown): ErrorObject[] {
    const validate = this.validators.get(operationId);
    if (!validate) throw new Error(`The contract has no request schema for ${operationId}`);
    return validate(body) ? [] : [...(validate.errors ?? [])];
  }
}

let shared: ContractValidator | undefined;

/** The process-wide validator: every sandbox built in this process shares the compiled schemas. */
export function contractValidator(): ContractValidator {
  shared ??= new ContractValidator();
  return shared;
}
