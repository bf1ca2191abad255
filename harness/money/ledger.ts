/**
 * A wallet's ledger as the suite reads it back: its balances (fetchCardBalance) and the successful items of its
 * history (fetchTransactions), and the invariant that ties them: the history adds up to the balance. Amounts are
 * compared in minor units (harness/contract/money.ts), so sums are exact; one that is no amount makes the sum NaN, so it fails.
 */
import { minorUnits } from '../contract/money';
import { expectRule } from '../verdicts/verify';

/** A wallet's balances as fetchCardBalance reports them. */
export interface Balance {
  accountId: string;
  currency: string;
  availableBalance: number;
  heldAmount: number;
  totalBalance: number;
  status: string;
}

/** One item of a wallet's transaction history (transaction/fetchTransactions); amounts are strings, debits negative. */
export interface HistoryItem {
  amount: string;
  preBalance: string;
  postBalance: string;
  transactionType: string;
  transactionStatus?: string;
  accountId?: string;
  /** Not in the page's list of fields: where an environment echoes them, they tell a movement's item apart. */
  txnRef?: string;
  externalTransactionId?: string;
}

export interface Ledger {
  accountId: string;
  balance: Balance;
  /** The history items that moved money: a refused or failed attempt may be listed, but moves nothing. */
  applied: HistoryItem[];
}

/** True for an item that moved money: SUCCESS, or no status at all (the history page does not list its values). */
export function applied(item: HistoryItem): boolean {
  return item.transactionStatus === undefined || item.transactionStatus === 'SUCCESS';
}

/**
 * MONEY-HISTORY-001: the amounts of a wallet's history sum to its total balance. Holds only for a wallet the test
 * created (so empty at first) and that only the test moved: on a shared environment no other wallet is.
 */
export function expectHistoryAddsUp(ledger: Ledger): void {
  const sum = ledger.applied.reduce((total, item) => total + (minorUnits(item.amount) ?? Number.NaN), 0);
  // The words name the defect (harness/reporting/findings.ts): the wallet and the count are in the test's attached exchanges.
  expectRule('MONEY-HISTORY-001', "the sum of the successful amounts in the history of the test's wallet", sum / 100, ledger.balance.totalBalance);
}

/** How far the total balance moved from `before` to `after`, in major units. */
export function balanceMoved(before: Ledger, after: Ledger): number {
  return ((minorUnits(after.balance.totalBalance) ?? Number.NaN) - (minorUnits(before.balance.totalBalance) ?? Number.NaN)) / 100;
}

/** The history items of `after` that `before` did not have, compared as JSON (each read parses new objects). */
export function addedItems(before: Ledger, after: Ledger): HistoryItem[] {
  const left = before.applied.map((item) => JSON.stringify(item));
  return after.applied.filter((item) => {
    const at = left.indexOf(JSON.stringify(item));
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}
