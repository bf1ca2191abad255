/**
 * `verify` and `expectRule`: how a spec judges what it got. On any finding they record it where reports look
 * (one annotation per finding and per violated requirement, masked attachments) and fail the test with a readable
 * message; at once, or, when every finding is a warning (a rule that cannot block certification, harness/verdicts/warnings.ts),
 * when the test ends, so that its documented rules are still judged. Both are synchronous on purpose: a forgotten
 * `await` cannot let a violation pass.
 *
 * A set-up step (test data, bringing an entity to a status) says so with {@link SetupOf}: a finding it sees blocks the
 * test rather than violating the test's own rule, unless the test declares the step's subject (the test of creating a
 * customer owns what creating a customer answers).
 */
import type { TestInfo } from '@playwright/test';
import { annotate } from '../reporting/annotations';
import { EXPECTED_OUTCOME, type Expectation, expectValue } from '../checks/index';
import { withoutKnownDeviations } from './contract-deviations';
import { currentTestInfo, latestExchange } from '../environment/current-test';
import { toCurl } from '../reporting/curl';
import type { Exchange } from '../reporting/exchange';
import { recordVerification, verificationsOf } from '../reporting/exchange-recording';
import { declaredIds } from '../reporting/covers';
import { defectId, type Finding, type SeenFinding } from '../reporting/findings';
import { BLOCKED, failureMessage, judge, keyOf, violatedRequirements } from './judge';
import { maskExchange, maskText, maskValue } from '../reporting/mask';
import { requirement } from '../reporting/requirements';
import { deferWarnings, isWarning, onlyWarnings } from './warnings';

/** The failure of a test; `findings` keeps the typed detail for whoever catches it. */
export class ConformanceError extends Error {
  override name = 'ConformanceError';
  constructor(
    message: string,
    readonly findings: readonly Finding[],
  ) {
    super(message);
  }
}

/** A set-up step: the requirement, matrix cell or row whose set-up it is (a test declaring it owns the step). */
export interface SetupOf {
  setupOf: string;
  /**
   * The step rests on inference (it takes a transition of an inferred matrix cell, or needs a value of an answer no page
   * documents for one test's own use): an environment that refuses it may read the docs otherwise, so the test it
   * blocks is "not judged here" (INTERPRETING.md), which does not block certification, rather than unjudged.
   */
  onInference?: boolean;
}

/** True once `verify` has judged the exchange (it records each verification); the fixtures judge the others when the test ends. */
export function isVerified(exchange: Exchange): boolean {
  return verificationsOf(exchange) !== undefined;
}

/**
 * Judges an exchange: every registered check, plus the expectation when given. Returns the parsed response body
 * when all is well; otherwise annotates, attaches and throws a {@link ConformanceError}. A contract finding that a
 * known deviation of the environment excuses on this operation is noted, not thrown (harness/verdicts/contract-deviations.ts).
 * @example
 * const exchange = await api.call('updateCustomerStatus', { body: { entityId, status: 'ACTIVE' } });
 * verify(exchange, { status: 409, businessCode: 'PPCUST_032', requirements: ['CUST-STATUS-002'] });
 */
export function verify<Body = unknown>(exchange: Exchange, expectation?: Expectation, step?: SetupOf): Body {
  recordVerification(exchange, { ...(expectation && { expectation }), ...(step && { step }) });
  const info = currentTestInfo();
  const setup = isSetup(info, step);
  const verdict = verdictOn(exchange, expectation, info, setup);
  if (!verdict) return exchange.response?.json as Body;
  const { findings, message } = verdict;
  // Warnings alone do not stop the test (harness/verdicts/warnings.ts), so its documented rules are still judged; but a set-up
  // step that did not get what the test needs (its expectation missed) cannot go on.
  if (verdict.warningsOnly && !(setup && findings.some((f) => f.check === EXPECTED_OUTCOME))) return warned(info, message, setup, exchange.response?.json as Body);
  if (info && setup) stopped(info, step!);
  throw new ConformanceError(message, findings);
}

/** What judging an exchange in a test came to: its findings (none excused), their failure message, and whether all are warnings. */
export interface Verdict {
  findings: Finding[];
  message: string;
  warningsOnly: boolean;
}

/**
 * The one judging path of an exchange in a test, for `verify` and for the exchanges a test left unverified (the
 * conformance fixture judges those when the test ends): every check and the expectation, known deviations excused,
 * the rest reported where reports read them. Undefined when nothing is left.
 */
export function verdictOn(exchange: Exchange, expectation: Expectation | undefined, info: TestInfo | undefined, setup = false): Verdict | undefined {
  const judged = judge(exchange, expectation);
  if (judged.length === 0) return undefined;
  const findings = withoutKnownDeviations(judged, exchange, info);
  if (findings.length === 0) return undefined;
  if (info) report(info, findings, exchange, setup);
  return { findings, message: failureMessage(exchange, findings, { setup }), warningsOnly: onlyWarnings(findings) };
}

/** After warnings: a test's own step fails the test when it ends; a set-up step's are recorded and nothing more. */
function warned<T>(info: TestInfo | undefined, message: string, setup: boolean, value: T): T {
  if (info && !setup) deferWarnings(info, message);
  return value;
}

/**
 * Notes that a set-up step stopped the test (so its findings blocked it, warnings too), and whether the step rests on
 * inference: then its test's rules are "not judged here", not unjudged (runner/requirement-verdicts.ts). Only a step
 * that says so rests on inference: a refused createCustomer blocks as unjudged, though no page documents it, or a run
 * that could make no customer would certify having judged nothing.
 */
function stopped(info: TestInfo, step: SetupOf): void {
  annotate(info, 'setup-stopped', step.setupOf);
  if (step.onInference) annotate(info, 'setup-on-inference', step.setupOf);
}

/**
 * Asserts a value a rule fixes (a balance after a load, a status read back). On a mismatch the test fails with
 * `[REQ-ID] expected_outcome: <what>: expected …, received …` and the requirement is annotated as violated.
 * @example expectRule('CUST-STATUS-001', 'the status a later read returns', await data.customerStatus(customer), 'LOCKED');
 */
export function expectRule(requirementId: string, what: string, received: unknown, expected: unknown, step?: SetupOf): void {
  requirement(requirementId);
  const finding = expectValue(requirementId, what, received, expected);
  if (!finding) return;
  const info = currentTestInfo();
  const setup = isSetup(info, step);
  if (info) report(info, [finding], undefined, setup, latestExchange());
  const line = `[${requirementId}] ${finding.check}: ${finding.message} {${defectId(keyOf(finding))}}`;
  // A set-up step that missed is blocked even on a warning: the test cannot go on without what it was to make.
  if (isWarning(requirementId) && !setup) return warned(info, maskText(line), setup, undefined);
  if (info && setup) stopped(info, step!);
  throw new ConformanceError(maskText(setup ? `${BLOCKED}\n${line}` : line), [finding]);
}

/** True when the step is set-up the test does not own (the running test declares none of its subject). */
function isSetup(info: TestInfo | undefined, step: SetupOf | undefined): boolean {
  return step !== undefined && !(info && declaredIds(info.tags).includes(step.setupOf));
}

/**
 * Puts findings where reports read them: one `finding` annotation per defect (harness/reporting/findings.ts, SeenFinding), one
 * `violation` annotation per broken requirement (`setup-violation` when a set-up step saw it) and one
 * `environment-error` annotation per environment fault (each once per test), plus, with an exchange, the masked
 * exchange and its curl line. A finding on a value read back has no exchange of its own: `readFrom`, the exchange it
 * was read from, gives its curl line.
 */
export function report(info: TestInfo, findings: readonly Finding[], exchange?: Exchange, setup = false, readFrom?: Exchange): void {
  const replayed = exchange ?? readFrom;
  const curl = replayed && toCurl(replayed);
  for (const finding of findings.filter((f) => f.kind !== 'environment')) {
    const key = keyOf(finding, exchange);
    const seen: SeenFinding = {
      id: defectId(key),
      ...key,
      requirement: finding.requirement,
      kind: finding.kind,
      message: maskText(finding.message),
      setup,
      ...(isWarning(finding.requirement) && { warning: true as const }),
      ...(curl && { curl }),
    };
    annotate(info, 'finding', seen, { once: true });
  }
  for (const id of violatedRequirements(findings)) annotate(info, setup ? 'setup-violation' : 'violation', id, { once: true });
  for (const finding of findings.filter((f) => f.kind === 'environment')) annotate(info, 'environment-error', maskText(finding.message), { once: true });
  if (!exchange) return;
  const n = info.attachments.filter((a) => a.name.endsWith(' exchange.json')).length + 1;
  const name = `${n}. ${exchange.operationId}`;
  // Playwright routes attachments.push through its attach machinery, so this attaches synchronously.
  info.attachments.push(
    {
      name: `${name} exchange.json`,
      contentType: 'application/json',
      body: Buffer.from(JSON.stringify({ findings: maskValue(findings), exchange: maskExchange(exchange) }, null, 2)),
    },
    { name: `${name} curl.txt`, contentType: 'text/plain', body: Buffer.from(`${curl}\n`) },
  );
}
