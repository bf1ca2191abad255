/**
 * The safe-change protocol for the corporate's one low-balance alert configuration, which every run on an environment
 * shares (api-library/wallet/updateAlertConfig): read what is there, change it, read it back, and put back what was
 * there. A read-back showing a value that neither the suite wrote nor the configuration held before can only come from
 * another writer: that is interference by the environment, not a verdict on the API, so the change is tried again and,
 * seen on every attempt, reported as an environment error (INTERPRETING.md), which no certification passes.
 *
 * It runs on every target, shared or not: restoring costs one request, leaves an environment as the suite found it,
 * and one path means the proof (which runs with SHARED_ENVIRONMENT=false) proves what a shared environment runs.
 */
import { EnvironmentError } from '../environment/auth';
import { sameValue } from '../checks/expect-rule';
import type { ApiClient } from '../environment/client';
import type { DataFactory } from './data';
import type { Exchange } from '../reporting/exchange';
import { verify } from '../verdicts/verify';

/** The fields of a configuration that a change can touch (AlertConfig). */
export const ALERT_FIELDS = ['thresholdAmount', 'emailRecipients', 'mobileRecipients'] as const;
export type AlertFields = Record<(typeof ALERT_FIELDS)[number], unknown>;

/** What a read-back after the suite's write shows. */
export type ReadBack = 'applied' | 'not-applied' | 'interference';

/** The configuration's changeable fields, from an answer or a request body. */
export function alertFields(config: unknown): AlertFields {
  const source = (config ?? {}) as Record<string, unknown>;
  return Object.fromEntries(ALERT_FIELDS.map((field) => [field, source[field]])) as AlertFields;
}

/**
 * Judges a read-back field by field: `interference` when a field shows a value that is neither the one the suite wrote
 * nor the original one; else `applied` when every field shows what was written; else `not-applied` (the write, or part
 * of it, did not stick: a verdict on the API). A field the write leaves at its original value cannot tell them apart.
 * @example readBackOf({ thresholdAmount: 10 }, { thresholdAmount: 20 }, { thresholdAmount: 10 }) // 'not-applied'
 */
export function readBackOf(original: Partial<AlertFields>, written: Partial<AlertFields>, readBack: Partial<AlertFields>): ReadBack {
  if (foreignFields(original, written, readBack).length > 0) return 'interference';
  const fields = ALERT_FIELDS.filter((field) => field in original || field in written || field in readBack);
  return fields.every((field) => sameValue(readBack[field], written[field])) ? 'applied' : 'not-applied';
}

/** The fields whose read-back value is neither the one written nor the original one: another writer's. */
function foreignFields(original: Partial<AlertFields>, written: Partial<AlertFields>, readBack: Partial<AlertFields>): string[] {
  const fields = ALERT_FIELDS.filter((field) => field in original || field in written || field in readBack);
  return fields.filter((field) => !sameValue(readBack[field], written[field]) && !sameValue(readBack[field], original[field]));
}

/** The environment error's message, after `ENVIRONMENT ERROR: ` (harness/environment/auth.ts). */
export const INTERFERENCE = "interference: another writer changed the alert configuration between the suite's write and its read";

/** One change that was read back without interference: what was there, what the suite wrote, what a fetch showed. */
export interface AlertChange {
  original: AlertFields;
  written: AlertFields;
  readBack: AlertFields;
  outcome: Exclude<ReadBack, 'interference'>;
}

/** What a test does to the configuration: the fields it sends, how it judges the answer, and the read-back it expects. */
export interface AlertChangePlan {
  /** The fields to send, given the original ones. */
  change: (original: AlertFields) => Record<string, unknown>;
  /** Verifies the update's answer (the test's own expectation). */
  judgeAnswer: (update: Exchange, sent: Record<string, unknown>) => void;
  /** `applied` for a write that must stick, `not-applied` for one that must be refused. */
  expect: Exclude<ReadBack, 'interference'>;
}

/**
 * Changes the configuration by the protocol and returns the read-back for the test to judge. A read-back other than
 * the expected one is tried again, up to {@link ATTEMPTS} times in all, and the last attempt decides: interference then
 * throws an {@link EnvironmentError}. Why again for `not-applied` too: another run's restore puts back the very original
 * this run read, which looks like a write that did not stick; an API that drops writes drops every one of them.
 * @example
 * const { readBack, written } = await changeAlertConfig(api, data, { change: () => ({ thresholdAmount: 500 }), judgeAnswer: (update) => verify(update, { status: 200 }), expect: 'applied' });
 */
export async function changeAlertConfig(api: ApiClient, data: DataFactory, plan: AlertChangePlan): Promise<AlertChange> {
  const last = await untilExpected(() => attempt(api, data, plan), plan.expect);
  if (last.outcome !== 'interference') return last as AlertChange;
  const fields = foreignFields(last.original, last.written, last.readBack);
  // Field names only: the values are recipients' e-mails and mobiles.
  throw new EnvironmentError(`${INTERFERENCE} (seen on each of ${ATTEMPTS} attempts, the last showing ${fields.join(', ')} at a value neither the suite wrote nor the configuration held)`);
}

/**
 * How many times a change is tried before its read-back decides. Two were too few: three runs side by side, two
 * workers each, once read back another run's restore twice in a row and reported a false ALERT-001 violation
 * (tests/suite/shared-environment.test.ts).
 */
export const ATTEMPTS = 4;

/** The shortest pause before the second attempt; each later pause doubles it, and each is up to twice as long. */
const RETRY_PAUSE_MS = 200;

/**
 * The pause before attempt `n` (the second attempt is 1), growing and of random length: two runs of one seed change
 * the configuration in step, and with equal pauses would meet again.
 * @example retryPause(1, () => 0) // 200
 */
export function retryPause(n: number, random: () => number = Math.random): number {
  return RETRY_PAUSE_MS * 2 ** (n - 1) * (1 + random());
}

/** Runs `attempt` until it gives the expected outcome or {@link ATTEMPTS} have run, pausing between; the last one decides. */
export async function untilExpected<T extends { outcome: ReadBack }>(attempt: () => Promise<T>, expect: ReadBack, sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<T> {
  let last = await attempt();
  for (let n = 1; n < ATTEMPTS && last.outcome !== expect; n++) {
    await sleep(retryPause(n));
    last = await attempt();
  }
  return last;
}

async function attempt(api: ApiClient, data: DataFactory, { change, judgeAnswer }: AlertChangePlan): Promise<Omit<AlertChange, 'outcome'> & { outcome: ReadBack }> {
  const key = data.alertConfigKey();
  const original = await currentConfig(api, data);
  const sent = change(original);
  const written = alertFields({ ...original, ...sent });
  let outcome: ReadBack | undefined;
  try {
    judgeAnswer(await api.call('updateAlertConfig', { body: { ...key, ...sent } }), sent);
    const fetched = await api.call('fetchAlertConfig', { body: key });
    const readBack = alertFields(verify(fetched, { status: 200, requirements: ['ALERT-001'] }));
    outcome = readBackOf(original, written, readBack);
    return { original, written, readBack, outcome };
  } finally {
    // Best effort, whatever the test found. Not after interference: the configuration is the other writer's now, and
    // writing the original back would undo their change. The answer is still judged by every check when the test ends.
    if (outcome !== 'interference') await api.call('updateAlertConfig', { body: { ...key, ...original } }).catch(() => undefined);
  }
}

/**
 * The configuration there now. Only when there is none (an unknown configuration gets 404 or 409, interpretation point
 * alert-not-found-status) does the suite create one; there is no operation to delete it again, so it stays.
 */
async function currentConfig(api: ApiClient, data: DataFactory): Promise<AlertFields> {
  const fetched = await api.call('fetchAlertConfig', { body: data.alertConfigKey() });
  const status = fetched.response?.status;
  if (status === 404 || status === 409) return alertFields((await data.alertConfig()).config);
  return alertFields(verify(fetched, { status: 200, requirements: ['ALERT-001'] }, { setupOf: 'ALERT-001' }));
}
