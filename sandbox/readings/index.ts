/**
 * The registry of readings: for each interpretation point (fixtures/interpretations.json), every side but the one the reference sandbox takes by default.
 * Written by `npm run build:registries` (scripts/generate-registries.ts, which says what counts as registered): do not
 * edit. To add one, write its module.
 */
import alertNotFoundStatus from './alert-not-found-status';
import countryCodeType from './country-code-type';
import createCustomerCountryCode from './create-customer-country-code';
import errorCodeKey from './error-code-key';
import invalidCardTransitionCode from './invalid-card-transition-code';
import issuedCardStatus from './issued-card-status';
import searchTenantHeader from './search-tenant-header';
import unknownKitTrackingCode from './unknown-kit-tracking-code';
import usageOverallPeriod from './usage-overall-period';
import { inRewriteOrder } from './reading';

export const readings = inRewriteOrder([
  alertNotFoundStatus,
  countryCodeType,
  createCustomerCountryCode,
  errorCodeKey,
  invalidCardTransitionCode,
  issuedCardStatus,
  searchTenantHeader,
  unknownKitTrackingCode,
  usageOverallPeriod,
] as const);

export type ReadingName = (typeof readings)[number]['name'];

export const READING_NAMES: readonly ReadingName[] = readings.map((reading) => reading.name);
