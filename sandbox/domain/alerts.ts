/**
 * Corporate low-balance alerts (wallet/createAlertConfig, updateAlertConfig, fetchAlertConfig). Bare
 * objects, no envelope. Inferred: a configuration is keyed by corporateId + accountNumber + alertType;
 * creating an existing key replaces it; updating or fetching an unknown key is 404.
 */
import { constraintViolation, notFound } from '../http/problems';
import type { Ctx } from './context';
import type { AlertConfig } from './model';

/** The schema's field names, plus the names the page's curl example uses instead (catalog §11 item 4). */
export interface AlertConfigRequest {
  corporateId: string;
  accountNumber: string;
  alertType: string;
  thresholdAmount?: number;
  emailRecipients?: string[];
  mobileRecipients?: string[];
  lowBalanceThreshold?: unknown;
  notificationEmails?: unknown;
  notificationMobiles?: unknown;
}

/** The curl-example names are outside the schema, so they are only taken when they have the right type. */
function thresholdOf(request: AlertConfigRequest): number | undefined {
  return request.thresholdAmount ?? (typeof request.lowBalanceThreshold === 'number' ? request.lowBalanceThreshold : undefined);
}

function recipients(named: string[] | undefined, alias: unknown): string[] | undefined {
  return named ?? (Array.isArray(alias) && alias.every((item) => typeof item === 'string') ? alias : undefined);
}

const keyOf = (config: Pick<AlertConfig, 'corporateId' | 'accountNumber' | 'alertType'>) =>
  `${config.corporateId}|${config.accountNumber}|${config.alertType}`;

export function createAlertConfig(ctx: Ctx, request: AlertConfigRequest): AlertConfig {
  const threshold = thresholdOf(request);
  // Inferred: an alert without a threshold cannot trigger.
  if (threshold === undefined) throw constraintViolation([{ field: 'thresholdAmount', message: 'must not be null' }]);
  const config: AlertConfig = {
    corporateId: request.corporateId,
    accountNumber: request.accountNumber,
    alertType: request.alertType,
    thresholdAmount: checkedThreshold(ctx, threshold),
    emailRecipients: recipients(request.emailRecipients, request.notificationEmails) ?? [],
    mobileRecipients: recipients(request.mobileRecipients, request.notificationMobiles) ?? [],
  };
  ctx.state.alerts.set(keyOf(config), config);
  return config;
}

/** "Can modify threshold amount and/or notification recipients" (seed 003): only the fields sent change. */
export function updateAlertConfig(ctx: Ctx, request: AlertConfigRequest): AlertConfig {
  const current = requireConfig(ctx, request);
  const threshold = thresholdOf(request);
  const updated: AlertConfig = {
    ...current,
    thresholdAmount: threshold === undefined ? current.thresholdAmount : checkedThreshold(ctx, threshold),
    emailRecipients: recipients(request.emailRecipients, request.notificationEmails) ?? current.emailRecipients,
    mobileRecipients: recipients(request.mobileRecipients, request.notificationMobiles) ?? current.mobileRecipients,
  };
  if (!ctx.faults.active('alert-update-not-persisted')) {
    ctx.state.alerts.set(keyOf(updated), updated);
    unread.add(updated);
  }
  return updated;
}

/**
 * Updates no fetch has read yet, by the configuration they stored (identity, so each sandbox's state keeps its own):
 * where the planted fault alert-other-writer lets another writer in, between an update and the read that follows it.
 */
const unread = new WeakSet<AlertConfig>();
/** How often the other writer has written, so that each of its writes differs from every earlier one. */
let otherWrites = 0;

export function fetchAlertConfig(ctx: Ctx, request: Pick<AlertConfig, 'corporateId' | 'accountNumber' | 'alertType'>): AlertConfig {
  const config = requireConfig(ctx, request);
  if (!unread.delete(config) || !ctx.faults.active('alert-other-writer')) return config;
  // Another writer names a recipient of its own, new each time: a value that neither the update nor the configuration
  // before it held, however often the same update is retried. (Not the threshold: 999999999999.99 plus a paisa is the
  // same amount to a comparison of money within a relative tolerance.)
  otherWrites += 1;
  const theirs = { ...config, emailRecipients: [`other.writer.${otherWrites}@example.com`] };
  ctx.state.alerts.set(keyOf(theirs), theirs);
  return theirs;
}

function requireConfig(ctx: Ctx, key: Pick<AlertConfig, 'corporateId' | 'accountNumber' | 'alertType'>): AlertConfig {
  const config = ctx.state.alerts.get(keyOf(key));
  if (!config) throw notFound(`No ${key.alertType} configuration for corporate ${key.corporateId} and account ${key.accountNumber}`);
  return config;
}

/** Inferred: a low-balance threshold must be above zero (contract: exclusiveMinimum 0). */
function checkedThreshold(ctx: Ctx, threshold: number): number {
  if (threshold <= 0 && !ctx.faults.active('alert-threshold-unchecked')) {
    throw constraintViolation([{ field: 'thresholdAmount', message: 'must be greater than 0' }]);
  }
  // The planted fault keeps whole rupees only: a threshold with paise is stored rounded.
  if (!Number.isInteger(threshold) && ctx.faults.active('alert-threshold-rounded')) return Math.round(threshold);
  return threshold;
}
