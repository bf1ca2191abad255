/**
 * The registry of checks run on every exchange: each enforces one requirement of the catalogue, and a planted fault proves it.
 * Written by `npm run build:registries` (scripts/generate-registries.ts, which says what counts as registered): do not
 * edit. To add one, write its module.
 */
import availableBalance from './available-balance';
import balanceArithmetic from './balance-arithmetic';
import businessCodeDocumented from './business-code-documented';
import contentTypeJson from './content-type-json';
import countryCodeType from './country-code-type';
import environmentFault from './environment-fault';
import errorStatusMatchesHttp from './error-status-matches-http';
import inferredBusinessCode from './inferred-business-code';
import inferredSchemaConformance from './inferred-schema-conformance';
import noServerError from './no-server-error';
import responseSchemaConformance from './response-schema-conformance';
import statusCodeDocumented from './status-code-documented';
import { type Check, inJudgingOrder } from './check';

/** Every check run on an exchange, in the order they run (check.ts). */
export const ALL_CHECKS: readonly Check[] = inJudgingOrder([
  availableBalance,
  balanceArithmetic,
  businessCodeDocumented,
  contentTypeJson,
  countryCodeType,
  environmentFault,
  errorStatusMatchesHttp,
  inferredBusinessCode,
  inferredSchemaConformance,
  noServerError,
  responseSchemaConformance,
  statusCodeDocumented,
]);

/** The checks that judge the API (its contract and its money); the environment check breaks no requirement. */
export const checks: readonly Check[] = ALL_CHECKS.filter((check) => check.kind !== 'environment');

export type { Check, CheckContext } from './check';
export { expectOutcome, type Expectation, type ProblemType } from './expect-outcome';
export { EXPECTED_OUTCOME, expectValue } from './expect-rule';
