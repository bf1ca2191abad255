/**
 * One recorded exchange (reports/exchanges.jsonl, harness/reporting/exchange-recording.ts) judged again by the current
 * suite's checks, with no network: every check, and each expectation its test verified it with (none: the checks
 * alone, as the test's end judged it). A finding that rests only on values the recording masks (a mobile that no
 * longer matches its pattern once masked), or on a body it cut, says nothing of the answer: it is set apart as
 * not re-judgeable, and the live run's verdict on it stands. `npm run rejudge` (runner/rejudge.ts) judges every line so.
 */
import { ALL_CHECKS, type Expectation } from '../harness/checks/index';
import inferredSchemaConformance from '../harness/checks/inferred-schema-conformance';
import responseSchemaConformance from '../harness/checks/response-schema-conformance';
import type { Exchange } from '../harness/reporting/exchange';
import type { RecordedExchange } from '../harness/reporting/exchange-recording';
import type { Finding } from '../harness/reporting/findings';
import { judge, type JudgeOptions } from '../harness/verdicts/judge';

/** What judging a recorded exchange again came to. */
export interface Rejudged {
  findings: Finding[];
  /** Findings on values the recording does not hold (masked or cut): the live run's verdict on them stands. */
  notRejudgeable: Finding[];
}

/** The exchange as the checks read it, from its recorded line: the body text is the recorded JSON's. */
export function exchangeOf(line: RecordedExchange): Exchange {
  const { response } = line;
  return {
    operationId: line.operationId,
    request: line.request,
    ...(response && {
      response: {
        status: response.status,
        headers: response.headers,
        text: response.json !== undefined ? JSON.stringify(response.json) : (response.text ?? ''),
        ...(response.json !== undefined && { json: response.json }),
        ...(response.jsonParseError !== undefined && { jsonParseError: response.jsonParseError }),
      },
    }),
    ...(line.transportError && { transportError: line.transportError }),
    timing: line.timing,
  };
}

/** Judges the recorded exchange again, once per `verify` of its test (or once by the checks alone). */
export function rejudgeExchange(line: RecordedExchange, options: JudgeOptions = {}, exchange: Exchange = exchangeOf(line)): Rejudged {
  const expectations = line.verified?.length ? line.verified.map((v) => v.expectation as Expectation | undefined) : [undefined];
  const all = expectations.flatMap((expectation) => judge(exchange, expectation, options));
  const unheld = (finding: Finding) => restsOnUnrecorded(finding, line);
  return { findings: all.filter((f) => !unheld(f)), notRejudgeable: all.filter(unheld) };
}

/** The checks that read only the status line and the headers: a body the recording cut changes none of their findings. */
const OUTSIDE_THE_BODY: ReadonlySet<string> = new Set(ALL_CHECKS.filter((check) => check.stage === 'status' || check.stage === 'headers').map((check) => check.id));
/** The checks whose findings list the schema's errors, each `<instance path> <message>` (harness/checks/schema-finding.ts). */
const SCHEMA_CHECKS: ReadonlySet<string> = new Set([responseSchemaConformance.id, inferredSchemaConformance.id]);

/**
 * A finding of a check that reads the body (an expectation's too: it reads the business code), on a body the
 * recording cut; or a schema finding whose every error lies at or under a value the recording masks.
 */
function restsOnUnrecorded(finding: Finding, line: RecordedExchange): boolean {
  const cut = line.truncated?.['response.json'] !== undefined || line.truncated?.['response.text'] !== undefined;
  if (cut) return !OUTSIDE_THE_BODY.has(finding.check);
  const masked = line.masked?.response ?? [];
  if (masked.length === 0 || !SCHEMA_CHECKS.has(finding.check) || !Array.isArray(finding.received)) return false;
  return (finding.received as unknown[]).every((error) => {
    const path = typeof error === 'string' ? error.split(' ')[0] : '';
    return masked.some((pointer) => path === pointer || path.startsWith(`${pointer}/`));
  });
}
