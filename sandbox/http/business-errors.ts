/**
 * The business errors the sandbox raises, with the titles the docs give (catalog §5).
 * One place for them, so a code and its wording never drift apart between operations.
 */
import { businessError, type Problem } from './problems';

/** customer/updateCustomer: 409 PPCUST_002 "Customer does not exists for id" (sic). */
export function customerNotFound(entityId: string): Problem {
  return businessError('PPCUST_002', 'Customer does not exists for id', `Customer does not exists for id ${entityId}`);
}

/** card/fetchCardBalance: 409 "Customer does not exist for entity: …" (code cut on the page; PPCUST_002 assumed). */
export function customerDoesNotExist(detail: string): Problem {
  return businessError('PPCUST_002', 'Customer does not exist', detail);
}

/** customer/getUsageDetails, customer/updateNominee: 409 PPCUST_010 "Invalid request". */
export function invalidRequest(detail: string): Problem {
  return businessError('PPCUST_010', 'Invalid request', detail);
}

/** customer/updateAccountStatus: 409 PPCUST_032 "Invalid Status Transition from : X to Y". */
export function invalidTransition(from: string, to: string): Problem {
  return businessError('PPCUST_032', `Invalid Status Transition from : ${from} to ${to}`);
}

/** card/updateCardPreferences: 409 PPCUST_036 "Operation not allowed for card with LOCKED status." */
export function cardNotActive(status: string): Problem {
  return businessError('PPCUST_036', `Operation not allowed for card with ${status} status.`);
}

/**
 * card/activateCard for a card that is not ALLOCATED: the page gives no code, so the sandbox answers as Update Card
 * Preferences answers a card in the wrong status (PPCUST_036, "Operation not allowed for card with … status.").
 */
export function cardNotAllocated(status: string): Problem {
  return cardNotActive(status);
}

/** implementation-guide/testing-guide: "Debit exceeding balance" is PPCUST_079. */
export function exceedsBalance(detail: string): Problem {
  return businessError('PPCUST_079', 'Debit exceeding balance', detail);
}
