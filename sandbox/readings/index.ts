/**
 * The registry of readings: for each interpretation point (fixtures/interpretations.json), every side but the one
 * the reference sandbox takes by default. To add one: write `sandbox/readings/<point>.ts` (see reading.ts), list it
 * here, and make the domain ask `faults.active('<point>=<side>')` where the side changes the answer.
 */
import alertNotFoundStatus from './alert-not-found-status';
import countryCodeType from './country-code-type';
import createCustomerCountryCode from './create-customer-country-code';
import errorCodeKey from './error-code-key';
import invalidCardTransitionCode from './invalid-card-transition-code';
import issuedCardStatus from './issued-card-status';
import type { Reading } from './reading';
import searchTenantHeader from './search-tenant-header';
import unknownKitTrackingCode from './unknown-kit-tracking-code';
import usageOverallPeriod from './usage-overall-period';

// error-code-key last: it moves the code to another key, after the readings that change the code itself.
export const readings = [
  alertNotFoundStatus,
  countryCodeType,
  createCustomerCountryCode,
  invalidCardTransitionCode,
  issuedCardStatus,
  searchTenantHeader,
  unknownKitTrackingCode,
  usageOverallPeriod,
  errorCodeKey,
] as const satisfies readonly Reading[];

export type ReadingName = (typeof readings)[number]['name'];

export const READING_NAMES: readonly ReadingName[] = readings.map((reading) => reading.name);
