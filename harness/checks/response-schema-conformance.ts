import { defineCheck, judgeable } from './check';

/** How many schema errors a message lists; the attachment carries the whole body. */
const SHOWN = 5;

/**
 * Every response body matches the schema documented for its operation and status.
 * Silent when the status is undocumented (status_code_documented reports that) or the body is not JSON
 * (environment_fault reports that): one cause, one finding.
 */
export const responseSchemaConformance = defineCheck(
  { id: 'response_schema_conformance', requirement: 'CONTRACT-SCHEMA-001', kind: 'contract' },
  (exchange, { operation, validateResponse }) => {
    if (!judgeable(exchange) || exchange.response.json === undefined) return undefined;
    const { status, json } = exchange.response;
    const verdict = validateResponse(operation.operationId, status, json);
    if (!verdict || verdict.valid) return undefined;
    const more = verdict.errors.length > SHOWN ? `; and ${verdict.errors.length - SHOWN} more` : '';
    return {
      message: `the ${status} body does not match ${verdict.schemaId.split('/').pop()}: ${verdict.errors.slice(0, SHOWN).join('; ')}${more}`,
      received: verdict.errors,
      documented: verdict.schemaId,
    };
  },
);
