/**
 * Known deviations at the grain of a contract finding: an entry of expectations/<environment>.json that names an
 * `operation` (and optionally a `status`) excuses the findings of one contract check on that operation's exchanges.
 * The contract checks judge every exchange of every test, so excusing whole tests would hide the business rule of each
 * test that happened to carry such an exchange; here the test's own expectation and every other finding still count.
 * An excused finding is no failure, but it is not silent either: the test gets a `known-deviation` annotation.
 */
import type { TestInfo } from '@playwright/test';
import { annotate, type Excuse } from '../reporting/annotations';
import { checks } from '../checks/index';
import type { Exchange } from '../reporting/exchange';
import { type Deviation, expired, today } from './deviation';
import type { Finding } from '../reporting/findings';

/** The checks of every exchange (harness/checks): the contract checks and the money checks. */
const EVERY_EXCHANGE: ReadonlySet<string> = new Set(checks.map((check) => check.id));

/**
 * The entry that excuses a finding on an exchange, on `today` (yyyy-MM-dd), or undefined. Only the findings of the
 * checks of every exchange are excused: the test's own expectation is excused by the IDs it declares, and an environment finding is
 * no fault of the API.
 * @example excusedBy(finding, exchange, [{ id: 'CONTRACT-BC-001', operation: 'trackCardDelivery', status: 409, reason }], '2026-12-01')
 */
export function excusedBy(finding: Finding, exchange: Exchange, deviations: readonly Deviation[], today: string): Deviation | undefined {
  if (!EVERY_EXCHANGE.has(finding.check)) return undefined;
  return deviations.find(
    (d) =>
      d.operation === exchange.operationId &&
      d.id === finding.requirement &&
      (d.status === undefined || d.status === exchange.response?.status) &&
      !expired(d, today),
  );
}

/** The entries of this worker that name an operation, and the file they came from, set once by the worker fixture. */
let registered: { deviations: readonly Deviation[]; file?: string } = { deviations: [] };

/** Registers the worker's expectations (harness/fixtures.ts), as `useProfile` does for its interpretation picks. */
export function useDeviations(expectations: { deviations: readonly Deviation[]; file?: string }): void {
  registered = { deviations: expectations.deviations.filter((d) => d.operation !== undefined), file: expectations.file };
}

/**
 * The findings no registered entry excuses. Each excused one is noted on the test (once per entry and test), so the
 * reports can show what the run let through; outside a test there is nowhere to note it, and it is dropped all the same.
 */
export function withoutKnownDeviations(findings: readonly Finding[], exchange: Exchange, info: TestInfo | undefined, on: string = today()): Finding[] {
  if (registered.deviations.length === 0) return [...findings];
  return findings.filter((finding) => {
    const deviation = excusedBy(finding, exchange, registered.deviations, on);
    if (deviation && info) annotate(info, 'known-deviation', excuseOf(deviation, registered.file), { once: true });
    return !deviation;
  });
}

/** What the test tells the reports of an excused finding: the entry's requirement, operation, status, reason and file. */
export function excuseOf(deviation: Deviation, file: string | undefined): Excuse {
  return {
    requirement: deviation.id,
    operation: deviation.operation!,
    ...(deviation.status !== undefined && { status: deviation.status }),
    reason: deviation.reason,
    ...(file !== undefined && { file }),
  };
}

/** True when an excuse a test reported was made by this entry (reports read them from run-results.json). */
export function excusedUnder(excuse: Excuse, deviation: Deviation): boolean {
  return excuse.requirement === deviation.id && excuse.operation === deviation.operation && excuse.status === deviation.status;
}

/** `CONTRACT-BC-001 on trackCardDelivery 409: <reason> (expectations/sandbox.json)`: an excuse as a report line shows it. */
export function excuseLine(excuse: Excuse): string {
  const status = excuse.status === undefined ? '' : ` ${excuse.status}`;
  return `${excuse.requirement} on ${excuse.operation}${status}: ${excuse.reason}${excuse.file ? ` (${excuse.file})` : ''}`;
}
