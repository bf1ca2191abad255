/**
 * The verdict on one exchange, without Playwright: every registered check, plus the test's expectation, and the
 * failure message a report shows. verify.ts turns the verdict into annotations, attachments and a failed test.
 */
import { ALL_CHECKS, type CheckContext, type Expectation, expectOutcome } from '../checks/index';
import { type ContractIndex, contract, operation } from '../contract/contract';
import type { Exchange } from '../reporting/exchange';
import { defectId, type DefectKey, type Finding, whereOf } from '../reporting/findings';
import { sawSide } from './interpretations';
import { maskText, maskValue } from '../reporting/mask';
import { requirement } from '../reporting/requirements';
import { schemas } from '../contract/schema-registry';

/** What judging needs besides the exchange; tests pass stand-ins, the suite uses the contract and schemas/. */
export interface JudgeOptions {
  index?: ContractIndex;
  validateResponse?: CheckContext['validateResponse'];
  sawSide?: CheckContext['sawSide'];
}

/**
 * All findings on an exchange. When the environment could not answer, only the environment findings are kept:
 * a proxy's HTML page says nothing about the API's contract or rules, and must not be counted as a violation.
 * @example judge(exchange, { status: 200, requirements: ['DATA-CUSTOMER-001'] }) // [] when all is well
 */
export function judge(exchange: Exchange, expectation?: Expectation, options: JudgeOptions = {}): Finding[] {
  // A typo in a requirement ID would otherwise hide a violation under a name nobody tracks.
  for (const id of expectation?.requirements ?? []) requirement(id);
  const context: CheckContext = {
    operation: operation(exchange.operationId, options.index ?? contract),
    validateResponse: options.validateResponse ?? ((id, status, body) => schemas().validateResponse(id, status, body)),
    sawSide: options.sawSide ?? ((point, side) => sawSide(point, side)),
  };
  const findings = ALL_CHECKS.flatMap((check) => check.run(exchange, context));
  const environment = findings.filter((finding) => finding.kind === 'environment');
  if (environment.length > 0) return environment;
  return expectation ? [...findings, ...expectOutcome(exchange, expectation)] : findings;
}

/** Longest received/documented excerpt in a message; the attachment has the rest. */
const EXCERPT = 160;

/** How a blocked test's failure message starts, so a reader tells it from a violation at its first line (INTERPRETING.md). */
export const BLOCKED = "BLOCKED: a set-up step failed, so this test's own rule was not judged:";

/** The defect a finding is, on the exchange it was seen on (or, for a value read back, its requirement's operation). */
export function keyOf(finding: Finding, exchange?: Exchange): DefectKey {
  return {
    check: finding.check,
    operation: exchange?.operationId ?? requirement(finding.requirement).operation ?? '-',
    ...(exchange?.response && { status: exchange.response.status }),
    where: maskText(whereOf(finding)),
  };
}

/**
 * The failure message of a test: one line per finding, `[REQ-ID] check: message (received …, documented …) {F-…}`
 * with the ID of the defect it is (the reports and the Allure categories group by it), masked; after {@link BLOCKED}
 * when a set-up step saw them. Environment findings start with `ENVIRONMENT ERROR:` so reports can sort them apart.
 */
export function failureMessage(exchange: Exchange, findings: readonly Finding[], { setup = false } = {}): string {
  const environment = findings.filter((finding) => finding.kind === 'environment');
  // Environment messages name the call themselves, and must start with the marker the report categories match.
  if (environment.length > 0) return maskText(environment.map((finding) => `ENVIRONMENT ERROR: ${finding.message}`).join('\n'));
  const lines = findings.map((finding) => `[${finding.requirement}] ${finding.check}: ${finding.message}${sides(finding)} {${defectId(keyOf(finding, exchange))}}`);
  const status = exchange.response ? ` → ${exchange.response.status}` : '';
  const call = `${exchange.operationId} (${exchange.request.method} ${exchange.request.url}${status}):`;
  return maskText([...(setup ? [BLOCKED] : []), call, ...lines].join('\n'));
}

function sides(finding: Finding): string {
  const parts: string[] = [];
  if (finding.received !== undefined) parts.push(`received ${excerpt(finding.received)}`);
  if (finding.documented !== undefined) parts.push(`documented ${excerpt(finding.documented)}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function excerpt(value: unknown): string {
  const text = JSON.stringify(maskValue(value)) ?? String(value);
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

/** The requirement IDs broken by findings, each once, in order of first appearance. */
export function violatedRequirements(findings: readonly Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.kind !== 'environment').map((f) => f.requirement))];
}
