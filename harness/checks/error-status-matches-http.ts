import { bodyObject, defineCheck, judgeable } from './check';

/**
 * An error envelope's `status` field equals the HTTP status: clients that read either must reach the same verdict.
 * https://dev.m2p.app/docs/prepaidv2/error-codes
 */
export default defineCheck(
  { id: 'error_status_matches_http', requirement: 'CONTRACT-ERR-001', kind: 'contract', stage: 'body' },
  (exchange) => {
    if (!judgeable(exchange) || exchange.response.status < 400) return undefined;
    const claimed = bodyObject(exchange)?.status;
    // A missing or non-numeric status is a schema matter, reported by response_schema_conformance.
    if (typeof claimed !== 'number' || claimed === exchange.response.status) return undefined;
    return {
      message: `the error body says status ${claimed} but the HTTP status is ${exchange.response.status}`,
      received: claimed,
      documented: exchange.response.status,
    };
  },
);
