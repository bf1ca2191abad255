/** Corporate low-balance alert operations (pp-middleware): bare objects, no `{result, pagination}` envelope. */
import { createAlertConfig, fetchAlertConfig, updateAlertConfig, type AlertConfigRequest } from '../domain/alerts';
import type { Operation } from './operation';

const ALERTS = '/prepaid/middleware/v1/corporate-alert/configuration';

export const alertOperations: Operation[] = [
  { operationId: 'createAlertConfig', path: ALERTS, handle: ({ ctx, body }) => createAlertConfig(ctx, body as AlertConfigRequest) },
  { operationId: 'updateAlertConfig', path: `${ALERTS}/update`, handle: ({ ctx, body }) => updateAlertConfig(ctx, body as AlertConfigRequest) },
  { operationId: 'fetchAlertConfig', path: `${ALERTS}/fetch`, handle: ({ ctx, body }) => fetchAlertConfig(ctx, body as AlertConfigRequest) },
];
