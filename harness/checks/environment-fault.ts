import { ENVIRONMENT } from '../reporting/findings';
import { maskText } from '../reporting/mask';
import { defineCheck, GATEWAY_STATUSES } from './check';

/** How much of a non-JSON body a message quotes. */
const EXCERPT = 120;

/**
 * The environment could not answer: a transport failure, a gateway status (502/503/504), or a body that is not
 * JSON at all (a proxy's HTML page, an empty body). Nothing was learned about the API, so this is no violation.
 * A 500/501 is the API's own answer and is judged by no_server_error instead, whatever its body.
 */
export default defineCheck(
  { id: 'environment_fault', requirement: ENVIRONMENT, kind: 'environment', stage: 'environment' },
  (exchange) => {
    const { transportError, response, request } = exchange;
    const call = `${request.method} ${request.url}`;
    if (transportError) {
      return { message: `${transportError.kind} on ${call}: ${transportError.message}`, received: transportError.kind };
    }
    if (!response) return { message: `no response and no transport error recorded for ${call}` };
    if (GATEWAY_STATUSES.has(response.status)) {
      return { message: `a gateway answered ${response.status} to ${call}`, received: response.status };
    }
    if (response.json !== undefined || response.status >= 500) return undefined;
    const excerpt = maskText(response.text.slice(0, EXCERPT)).replace(/\s+/g, ' ');
    const type = response.headers['content-type'] ?? 'no Content-Type';
    return {
      message: `the ${response.status} answer to ${call} is not JSON (${type}, ${response.text.length} bytes${excerpt ? `: "${excerpt}"` : ''})`,
      received: response.jsonParseError,
    };
  },
);
