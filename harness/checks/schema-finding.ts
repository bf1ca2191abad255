/**
 * What the two schema checks share: the verdict on a response body against the schema of its operation and status,
 * and the finding made of some of its errors. Documented and inferred constraints are judged by separate checks
 * (response_schema_conformance, inferred_schema_conformance), so a body breaking only inferred ones never breaks a MUST.
 */
import type { Exchange } from '../reporting/exchange';
import type { SchemaVerdict } from '../contract/schema-registry';
import { type CheckContext, type FindingDetail, judgeable } from './check';

/** How many schema errors a message lists; the attachment carries the whole body. */
const SHOWN = 5;

/**
 * The body's verdict, with the status it came with. Undefined when the status is undocumented (status_code_documented
 * reports that) or the body is not JSON (environment_fault reports that): one cause, one finding.
 */
export function schemaVerdict(exchange: Exchange, { operation, validateResponse }: CheckContext): { status: number; verdict: SchemaVerdict } | undefined {
  if (!judgeable(exchange) || exchange.response.json === undefined) return undefined;
  const { status, json } = exchange.response;
  const verdict = validateResponse(operation.operationId, status, json);
  return verdict && { status, verdict };
}

/** The finding of a body that breaks `errors` of its schema; `which` says which kind of constraint they are. */
export function schemaFinding(status: number, schemaId: string, errors: string[], which = ''): FindingDetail | undefined {
  if (errors.length === 0) return undefined;
  const more = errors.length > SHOWN ? `; and ${errors.length - SHOWN} more` : '';
  return {
    message: `the ${status} body does not match ${which}${schemaId.split('/').pop()}: ${errors.slice(0, SHOWN).join('; ')}${more}`,
    received: errors,
    documented: schemaId,
    // Item indexes vary with the data, the broken constraint does not: `/result/3/dob` is `/result/*/dob` everywhere.
    where: [...new Set(errors.map((error) => error.replace(/\/\d+(?=\/|\s|$)/g, '/*')))].join('; '),
  };
}
