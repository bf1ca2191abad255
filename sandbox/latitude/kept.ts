/**
 * Fields latitude mode never drops nor respells although the documented schema lets it: the suite reads them to go on,
 * yet the docs do not require them (they sit in a node the contract marks `x-inferred`, or the docs do not list them as
 * required). Each is a finding about the suite, not about an API: "the suite depends on an inferred field <path> of
 * <operation>". They are listed here, with the reason, so that the proof prints them instead of hiding them; `builds`
 * marks a field the suite sends in a later request, `judges` one it reads to judge a rule (an API that leaves it out
 * would fail that rule without breaking what the docs state). A path is a JSON pointer into the answer; `*` stands for
 * any array index, a last `**` for the field and everything under it.
 */
import { matches } from './pointer';

export interface KeptField {
  operation: string;
  path: string;
  use: 'builds' | 'judges';
  reason: string;
}

export const KEPT: readonly KeptField[] = [
  // No example of these answers is published, so the whole answer is inferred, yet nearly every test needs it.
  { operation: 'createCustomer', path: '/result', use: 'builds', reason: 'holds the new customer\'s identifiers' },
  { operation: 'createCustomer', path: '/result/entityId', use: 'builds', reason: 'names the customer in every later request (harness/data/data.ts, customer)' },
  { operation: 'createCustomer', path: '/result/customerId', use: 'builds', reason: 'searched for by CUSTOMER_ID (specs/customer/search.spec.ts)' },
  { operation: 'createCustomer', path: '/result/status', use: 'judges', reason: 'a created customer is ACTIVE (DATA-CUSTOMER-001)' },
  { operation: 'issueCard', path: '/result', use: 'builds', reason: 'holds the new card\'s identifiers' },
  { operation: 'issueCard', path: '/result/kitNo', use: 'builds', reason: 'names the card in every later card request (harness/data/data.ts, issuedCard)' },
  { operation: 'issueCard', path: '/result/accountId', use: 'builds', reason: 'names the wallet in every later money request' },
  { operation: 'issueCard', path: '/result/currency', use: 'builds', reason: 'the base currency whose usage getUsageDetails must report (specs/customer/usage-details.spec.ts)' },
  { operation: 'issueCard', path: '/result/maskedCardNumber', use: 'builds', reason: 'searched for by CARD (specs/customer/search.spec.ts)' },
  { operation: 'issueCard', path: '/result/cardStatus', use: 'judges', reason: 'the side of interpretation point issued-card-status, which decides whether the suite activates the card' },
  { operation: 'updateCardStatus', path: '/result', use: 'judges', reason: 'holds the message the card status rules read' },
  { operation: 'updateCardStatus', path: '/result/message', use: 'judges', reason: '"Card was already UNLOCKED" (CARD-STATUS-002)' },
  { operation: 'trackCardDelivery', path: '/result', use: 'judges', reason: 'the tracked kit (CARD-TRACK-001); inferred: the page gives no example. Without it the spec stops on a TypeError' },
  { operation: 'trackCardDelivery', path: '/result/kitNo', use: 'judges', reason: 'the kit tracked (CARD-TRACK-001)' },
  { operation: 'loadWallet', path: '/result', use: 'builds', reason: 'holds the movement\'s ID and balances; the whole answer is inferred' },
  { operation: 'loadWallet', path: '/result/externalTransactionId', use: 'builds', reason: 'looked up by Fetch Transaction by External ID (MONEY-LOOKUP-001)' },
  { operation: 'loadWallet', path: '/result/preBalance', use: 'judges', reason: 'MONEY-LOOKUP-001 compares the lookup\'s figures with the answer\'s: when the answer leaves a balance out the expectation drops it but the lookup\'s is still compared (specs/wallet/money.spec.ts, figures), a suite defect' },
  { operation: 'loadWallet', path: '/result/postBalance', use: 'judges', reason: 'as preBalance (MONEY-LOOKUP-001)' },
  { operation: 'getUsageDetails', path: '/result/baseCurrencyConsumptions/*/transactionTypes/LOAD', use: 'judges', reason: 'the LOAD usage the loads move (CUST-USAGE-003); the docs give no list of the transaction types answered' },
  // Read-backs: the suite judges a change by reading the field back, and the docs do not require it in the answer.
  { operation: 'fetchCustomer', path: '/result/status', use: 'judges', reason: 'the status read back after a change (CUST-STATUS-*); inferred: not in the captured example' },
  { operation: 'fetchCustomer', path: '/result/email', use: 'judges', reason: 'read back after a profile update (CUST-PROFILE-001)' },
  { operation: 'fetchCustomer', path: '/result/pan', use: 'judges', reason: 'read back after creation and a profile update (DATA-CUSTOMER-001, CUST-PROFILE-001)' },
  { operation: 'fetchCustomer', path: '/result/dob', use: 'judges', reason: 'read back after creation and a profile update (DATA-CUSTOMER-001, CUST-PROFILE-001)' },
  { operation: 'fetchCustomer', path: '/result/gender', use: 'judges', reason: 'read back after a profile update (CUST-PROFILE-001)' },
  { operation: 'fetchCustomer', path: '/result/permanentAddress/**', use: 'judges', reason: 'read back after a profile update (CUST-PROFILE-001)' },
  { operation: 'fetchCustomer', path: '/result/communication/**', use: 'judges', reason: 'the mobile and e-mail read back after a profile update (CUST-PROFILE-001)' },
  { operation: 'updateCustomer', path: '/result/firstName', use: 'judges', reason: 'the echoed profile (CUST-PROFILE-001)' },
  { operation: 'updateCustomer', path: '/result/gender', use: 'judges', reason: 'the echoed profile (CUST-PROFILE-001)' },
  { operation: 'fetchAllCards', path: '/result/*/preferences/**', use: 'builds', reason: 'the preferences read back (CARD-PREF-004), whose upper limits the limit rows send (specs/card/preferences.limits.spec.ts)' },
  // Money: every history item and lookup is judged by its amount and balances (the Transaction shape is inferred).
  { operation: 'fetchTransactions', path: '/result/*/amount', use: 'judges', reason: 'the history adds up (MONEY-HISTORY-001) and shows each movement (CUST-EFFECT-*, WALLET-EFFECT-*)' },
  { operation: 'fetchTransactions', path: '/result/*/transactionStatus', use: 'judges', reason: 'tells an applied item from a failed one (harness/money/ledger.ts, applied)' },
  { operation: 'fetchTransactionByExternalId', path: '/result/**', use: 'judges', reason: 'the movement looked up: amount, balances, direction and its ID (MONEY-LOOKUP-001)' },
  { operation: 'searchCustomers', path: '/result', use: 'judges', reason: 'the matches (CUST-SEARCH-*, AUTH-ISOLATION-001); inferred: the page gives no example of the list. Without it the specs stop on a TypeError' },
  { operation: 'searchCustomers', path: '/result/*/entityId', use: 'judges', reason: 'tells the test\'s own customer among the matches (CUST-SEARCH-001)' },
  { operation: 'searchCustomers', path: '/result/*/firstName', use: 'judges', reason: 'every match of a FIRST_NAME search has the name (CUST-SEARCH-001)' },
];

/** Whether the field at `path` (a JSON pointer) of an answer of `operation` is kept. */
export function isKept(operation: string, path: string): boolean {
  return KEPT.some((field) => field.operation === operation && matches(field.path, path));
}
