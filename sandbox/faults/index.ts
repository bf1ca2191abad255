/**
 * The registry of planted faults, by file name.
 * Written by `npm run build:registries` (scripts/generate-registries.ts, which says what counts as registered): do not
 * edit. To add one, write its module.
 */
import activeRefundRefused from './active-refund-refused';
import alertOtherWriter from './alert-other-writer';
import alertRecipientsUnchecked from './alert-recipients-unchecked';
import alertThresholdRounded from './alert-threshold-rounded';
import alertThresholdUnchecked from './alert-threshold-unchecked';
import alertUpdateNotPersisted from './alert-update-not-persisted';
import alertUpdateUnknownOk from './alert-update-unknown-ok';
import anySignatureAccepted from './any-signature-accepted';
import authSkippedOnTrack from './auth-skipped-on-track';
import availableCountsOneLien from './available-counts-one-lien';
import availableIgnoresLien from './available-ignores-lien';
import balanceMissingEntityConstraint from './balance-missing-entity-constraint';
import cardActivationAnyStatus from './card-activation-any-status';
import cardActivationNotPersisted from './card-activation-not-persisted';
import cardActivationRefusedAs400 from './card-activation-refused-as-400';
import cardAlreadyLockedError from './card-already-locked-error';
import cardAlreadyWrongMessage from './card-already-wrong-message';
import cardBlockFromLocked from './card-block-from-locked';
import cardListedWithoutWallet from './card-listed-without-wallet';
import cardRelockedUnblockable from './card-relocked-unblockable';
import cardStatusEntityUnchecked from './card-status-entity-unchecked';
import cardUnlockAny from './card-unlock-any';
import cardUnlockNotPersisted from './card-unlock-not-persisted';
import cardUnlockUnlocksSiblings from './card-unlock-unlocks-siblings';
import creditFreezeLoads from './credit-freeze-loads';
import customerCreatedAsText from './customer-created-as-text';
import customerCreatedWithoutId from './customer-created-without-id';
import customerDobShifted from './customer-dob-shifted';
import customerStatusNotPersisted from './customer-status-not-persisted';
import customerUnlockKeepsGate from './customer-unlock-keeps-gate';
import debitAtBalanceRefused from './debit-at-balance-refused';
import debitFreezeSpends from './debit-freeze-spends';
import deliveryStatusUnlisted from './delivery-status-unlisted';
import dobCalendarUnchecked from './dob-calendar-unchecked';
import dropPagination from './drop-pagination';
import duplicateByContent from './duplicate-by-content';
import duplicateTxnAccepted from './duplicate-txn-accepted';
import duplicateTxnRace from './duplicate-txn-race';
import environmentDown from './environment-down';
import errorStatusMismatch from './error-status-mismatch';
import expiredTokenAccepted from './expired-token-accepted';
import fetchWrongCode from './fetch-wrong-code';
import gateway502 from './gateway-502';
import historyMissesRefund from './history-misses-refund';
import historyPageOverlap from './history-page-overlap';
import lienAboveBalance from './lien-above-balance';
import lienAdjustAsDelta from './lien-adjust-as-delta';
import lienIgnoredByDebit from './lien-ignored-by-debit';
import lienNonpositiveAccepted from './lien-nonpositive-accepted';
import lienNotHeld from './lien-not-held';
import lienRaiseUnseenByDebit from './lien-raise-unseen-by-debit';
import lienRemoveHonoursAmount from './lien-remove-honours-amount';
import lienRemoveIgnored from './lien-remove-ignored';
import lienRemoveReleasesOldest from './lien-remove-releases-oldest';
import lienUnknownOk from './lien-unknown-ok';
import limitFormatUnchecked from './limit-format-unchecked';
import loadCreditsTwice from './load-credits-twice';
import lockedTransacts from './locked-transacts';
import lookupLatestTransaction from './lookup-latest-transaction';
import malformedJson500 from './malformed-json-500';
import minorWithoutGuardian from './minor-without-guardian';
import mobileUnchecked from './mobile-unchecked';
import nomineeFirstShareOnly from './nominee-first-share-only';
import nomineeShareRangeUnchecked from './nominee-share-range-unchecked';
import nomineeSharesUnchecked from './nominee-shares-unchecked';
import overdraftAllowed from './overdraft-allowed';
import postBalanceSign from './post-balance-sign';
import preferencesOnLockedCard from './preferences-on-locked-card';
import preferencesResetUnsent from './preferences-reset-unsent';
import preferencesWrongMessage from './preferences-wrong-message';
import profileFormatUnchecked from './profile-format-unchecked';
import profileOverwritesUnsent from './profile-overwrites-unsent';
import profileUpdateNotSaved from './profile-update-not-saved';
import refundOnlySpends from './refund-only-spends';
import refundsIgnoreStatus from './refunds-ignore-status';
import refusalWrongCode from './refusal-wrong-code';
import refusedMovementCharged from './refused-movement-charged';
import requiredFieldUnchecked from './required-field-unchecked';
import roleIgnored from './role-ignored';
import sameStatusAllowed from './same-status-allowed';
import searchPageOneBased from './search-page-one-based';
import searchPageSizeUnchecked from './search-page-size-unchecked';
import searchPastEndLastPage from './search-past-end-last-page';
import searchTenantErrorUnnamed from './search-tenant-error-unnamed';
import searchTenantOptional from './search-tenant-optional';
import searchWrongCustomer from './search-wrong-customer';
import slowCardBalance from './slow-card-balance';
import statusRefusalAs400 from './status-refusal-as-400';
import statusUnknownCustomerOk from './status-unknown-customer-ok';
import tenantDataShared from './tenant-data-shared';
import tenantHeaderIgnored from './tenant-header-ignored';
import terminalStatusLeft from './terminal-status-left';
import textContentType from './text-content-type';
import tokenAnySecret from './token-any-secret';
import tokenShortLifetime from './token-short-lifetime';
import trackingUnknownKitOk from './tracking-unknown-kit-ok';
import trackingWrongKit from './tracking-wrong-kit';
import transactionLookup404 from './transaction-lookup-404';
import txnrefCheckedAgainstLast from './txnref-checked-against-last';
import undocumentedStatus from './undocumented-status';
import upperLimitAsBusinessError from './upper-limit-as-business-error';
import upperLimitUnenforced from './upper-limit-unenforced';
import upperLimitWritable from './upper-limit-writable';
import usageDobMobileIgnored from './usage-dob-mobile-ignored';
import usageDobUnparsed from './usage-dob-unparsed';
import usageIgnoresLoads from './usage-ignores-loads';
import usagePanCrash from './usage-pan-crash';
import usageUnknownOk from './usage-unknown-ok';
import walletCloseRefused from './wallet-close-refused';
import walletRefundOnlyStuck from './wallet-refund-only-stuck';
import walletRefusalCorporateCode from './wallet-refusal-corporate-code';
import walletTransitionRefused from './wallet-transition-refused';
import wrongBusinessCode from './wrong-business-code';

export const faults = [
  activeRefundRefused,
  alertOtherWriter,
  alertRecipientsUnchecked,
  alertThresholdRounded,
  alertThresholdUnchecked,
  alertUpdateNotPersisted,
  alertUpdateUnknownOk,
  anySignatureAccepted,
  authSkippedOnTrack,
  availableCountsOneLien,
  availableIgnoresLien,
  balanceMissingEntityConstraint,
  cardActivationAnyStatus,
  cardActivationNotPersisted,
  cardActivationRefusedAs400,
  cardAlreadyLockedError,
  cardAlreadyWrongMessage,
  cardBlockFromLocked,
  cardListedWithoutWallet,
  cardRelockedUnblockable,
  cardStatusEntityUnchecked,
  cardUnlockAny,
  cardUnlockNotPersisted,
  cardUnlockUnlocksSiblings,
  creditFreezeLoads,
  customerCreatedAsText,
  customerCreatedWithoutId,
  customerDobShifted,
  customerStatusNotPersisted,
  customerUnlockKeepsGate,
  debitAtBalanceRefused,
  debitFreezeSpends,
  deliveryStatusUnlisted,
  dobCalendarUnchecked,
  dropPagination,
  duplicateByContent,
  duplicateTxnAccepted,
  duplicateTxnRace,
  environmentDown,
  errorStatusMismatch,
  expiredTokenAccepted,
  fetchWrongCode,
  gateway502,
  historyMissesRefund,
  historyPageOverlap,
  lienAboveBalance,
  lienAdjustAsDelta,
  lienIgnoredByDebit,
  lienNonpositiveAccepted,
  lienNotHeld,
  lienRaiseUnseenByDebit,
  lienRemoveHonoursAmount,
  lienRemoveIgnored,
  lienRemoveReleasesOldest,
  lienUnknownOk,
  limitFormatUnchecked,
  loadCreditsTwice,
  lockedTransacts,
  lookupLatestTransaction,
  malformedJson500,
  minorWithoutGuardian,
  mobileUnchecked,
  nomineeFirstShareOnly,
  nomineeShareRangeUnchecked,
  nomineeSharesUnchecked,
  overdraftAllowed,
  postBalanceSign,
  preferencesOnLockedCard,
  preferencesResetUnsent,
  preferencesWrongMessage,
  profileFormatUnchecked,
  profileOverwritesUnsent,
  profileUpdateNotSaved,
  refundOnlySpends,
  refundsIgnoreStatus,
  refusalWrongCode,
  refusedMovementCharged,
  requiredFieldUnchecked,
  roleIgnored,
  sameStatusAllowed,
  searchPageOneBased,
  searchPageSizeUnchecked,
  searchPastEndLastPage,
  searchTenantErrorUnnamed,
  searchTenantOptional,
  searchWrongCustomer,
  slowCardBalance,
  statusRefusalAs400,
  statusUnknownCustomerOk,
  tenantDataShared,
  tenantHeaderIgnored,
  terminalStatusLeft,
  textContentType,
  tokenAnySecret,
  tokenShortLifetime,
  trackingUnknownKitOk,
  trackingWrongKit,
  transactionLookup404,
  txnrefCheckedAgainstLast,
  undocumentedStatus,
  upperLimitAsBusinessError,
  upperLimitUnenforced,
  upperLimitWritable,
  usageDobMobileIgnored,
  usageDobUnparsed,
  usageIgnoresLoads,
  usagePanCrash,
  usageUnknownOk,
  walletCloseRefused,
  walletRefundOnlyStuck,
  walletRefusalCorporateCode,
  walletTransitionRefused,
  wrongBusinessCode,
] as const;

export type FaultName = (typeof faults)[number]['name'];

export const FAULT_NAMES: readonly FaultName[] = faults.map((fault) => fault.name);
