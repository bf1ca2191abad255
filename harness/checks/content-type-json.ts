import { defineCheck, judgeable } from './check';

/**
 * Every response body is served as application/json (parameters such as charset allowed).
 * https://dev.m2p.app/docs/prepaidv2/integration-guide/authentication
 */
export default defineCheck(
  { id: 'content_type_json', requirement: 'CONTRACT-CT-001', kind: 'contract', stage: 'headers' },
  (exchange) => {
    if (!judgeable(exchange) || exchange.response.text === '') return undefined;
    const received = exchange.response.headers['content-type'];
    const mediaType = received?.split(';')[0].trim().toLowerCase();
    if (mediaType === 'application/json') return undefined;
    return {
      message: `the body is served as ${received ? `"${received}"` : 'no Content-Type'}, not application/json`,
      received: received ?? null,
      documented: 'application/json',
    };
  },
);
