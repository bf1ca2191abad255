/**
 * The registry of checks run on every exchange. To add one: write `checks/<name>.ts` with `defineCheck`, list it
 * in `checks`, add its requirement to fixtures/requirements.json, a planted fault that trips it to sandbox/faults/,
 * and a passing and a failing case to tests/harness/checks.test.ts.
 */
import { availableBalance } from './available-balance';
import { balanceArithmetic } from './balance-arithmetic';
import { businessCodeDocumented } from './business-code-documented';
import type { Check } from './check';
import { contentTypeJson } from './content-type-json';
import { countryCodeType } from './country-code-type';
import { environmentFault } from './environment-fault';
import { errorStatusMatchesHttp } from './error-status-matches-http';
import { noServerError } from './no-server-error';
import { inferredBusinessCode } from './inferred-business-code';
import { inferredSchemaConformance } from './inferred-schema-conformance';
import { responseSchemaConformance } from './response-schema-conformance';
import { statusCodeDocumented } from './status-code-documented';

/**
 * The checks of every exchange: each enforces one requirement of the catalogue, and a planted fault proves it. Most
 * judge the contract; the money checks judge what every answer about money must add up to.
 */
export const checks: readonly Check[] = [
  statusCodeDocumented,
  contentTypeJson,
  responseSchemaConformance,
  inferredSchemaConformance,
  countryCodeType,
  errorStatusMatchesHttp,
  businessCodeDocumented,
  inferredBusinessCode,
  noServerError,
  balanceArithmetic,
  availableBalance,
];

/**
 * Runs beside the contract checks but breaks no requirement: it tells an environment that could not answer
 * from an API that answered wrongly.
 */
export { environmentFault };

/** Every check run on an exchange. */
export const ALL_CHECKS: readonly Check[] = [...checks, environmentFault];

export type { Check, CheckContext } from './check';
export { expectOutcome, type Expectation, type ProblemType } from './expect-outcome';
export { EXPECTED_OUTCOME, expectValue } from './expect-rule';
