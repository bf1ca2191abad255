/**
 * The registry of planted faults, in the order the suite's proof runs them (tests/suite/planted-faults.test.ts).
 * To add one: write `sandbox/faults/<name>.ts` (see fault.ts) and list it here.
 */
import alertThresholdUnchecked from './alert-threshold-unchecked';
import alertUpdateNotPersisted from './alert-update-not-persisted';
import cardAlreadyLockedError from './card-already-locked-error';
import cardUnlockAny from './card-unlock-any';
import dropPagination from './drop-pagination';
import duplicateTxnAccepted from './duplicate-txn-accepted';
import errorStatusMismatch from './error-status-mismatch';
import lienAboveBalance from './lien-above-balance';
import lienAdjustAsDelta from './lien-adjust-as-delta';
import lienNotHeld from './lien-not-held';
import lienRemoveHonoursAmount from './lien-remove-honours-amount';
import malformedJson500 from './malformed-json-500';
import minorWithoutGuardian from './minor-without-guardian';
import nomineeSharesUnchecked from './nominee-shares-unchecked';
import preferencesOnLockedCard from './preferences-on-locked-card';
import preferencesResetUnsent from './preferences-reset-unsent';
import profileOverwritesUnsent from './profile-overwrites-unsent';
import roleIgnored from './role-ignored';
import sameStatusAllowed from './same-status-allowed';
import searchWrongCustomer from './search-wrong-customer';
import terminalStatusLeft from './terminal-status-left';
import textContentType from './text-content-type';
import tokenAnySecret from './token-any-secret';
import trackingUnknownKitOk from './tracking-unknown-kit-ok';
import undocumentedStatus from './undocumented-status';
import upperLimitUnenforced from './upper-limit-unenforced';
import usageIgnoresLoads from './usage-ignores-loads';
import usageUnknownOk from './usage-unknown-ok';
import walletTransitionRefused from './wallet-transition-refused';
import wrongBusinessCode from './wrong-business-code';

export const faults = [
  alertThresholdUnchecked,
  alertUpdateNotPersisted,
  cardAlreadyLockedError,
  cardUnlockAny,
  dropPagination,
  duplicateTxnAccepted,
  errorStatusMismatch,
  lienAboveBalance,
  lienAdjustAsDelta,
  lienNotHeld,
  lienRemoveHonoursAmount,
  malformedJson500,
  minorWithoutGuardian,
  nomineeSharesUnchecked,
  preferencesOnLockedCard,
  preferencesResetUnsent,
  profileOverwritesUnsent,
  roleIgnored,
  sameStatusAllowed,
  searchWrongCustomer,
  terminalStatusLeft,
  textContentType,
  tokenAnySecret,
  trackingUnknownKitOk,
  undocumentedStatus,
  upperLimitUnenforced,
  usageIgnoresLoads,
  usageUnknownOk,
  walletTransitionRefused,
  wrongBusinessCode,
] as const;

export type FaultName = (typeof faults)[number]['name'];

export const FAULT_NAMES: readonly FaultName[] = faults.map((fault) => fault.name);
