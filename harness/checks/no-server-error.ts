import { defineCheck, GATEWAY_STATUSES } from './check';

/**
 * No request, however malformed, gets a 5xx answer from the API: bad input is the client's fault (4xx), and a
 * crash hides which rule was broken. 502/503/504 come from gateways and are environment faults instead.
 * https://dev.m2p.app/docs/prepaidv2/error-codes
 */
export default defineCheck(
  { id: 'no_server_error', requirement: 'CONTRACT-5XX-001', kind: 'contract', stage: 'codes' },
  (exchange) => {
    const status = exchange.response?.status;
    if (status === undefined || status < 500 || GATEWAY_STATUSES.has(status)) return undefined;
    return { message: `the API answered ${status}, a server error`, received: status, documented: 'a 2xx or 4xx answer' };
  },
);
