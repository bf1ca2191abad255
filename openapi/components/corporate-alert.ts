/** Schemas of the corporate low-balance alert (api-library/wallet/*AlertConfig): bare objects, no envelope (catalog §7.6). */
import { inferred, type Schema } from '../schema-types';
import { money, nonBlank, object, text } from './common';

export const corporateAlertSchemas: Record<string, Schema> = {
  AlertConfigRequest: object(
    {
      corporateId: inferred(nonBlank, 'the docs mark no field required; corporate, account and alert type identify a configuration'),
      accountNumber: inferred(nonBlank, 'see corporateId'),
      // Required by the same inference: the page's example sends {} to update and fetch, and gets 200.
      alertType: inferred({ type: 'string', enum: ['CORPORATE_LOW_BALANCE_ALERT'] }, 'see corporateId'),
      thresholdAmount: inferred({ type: 'number', exclusiveMinimum: 0 }, 'a low-balance threshold of zero or less can never trigger'),
      emailRecipients: { type: 'array', items: inferred({ type: 'string', format: 'email' }, 'the page lists e-mail recipients without a format') },
      mobileRecipients: {
        type: 'array',
        items: inferred({ type: 'string', pattern: '^[6-9][0-9]{9}$' }, 'the page lists mobile numbers without a format: a 10-digit Indian mobile, as Mobile'),
      },
    },
    ['corporateId', 'accountNumber', 'alertType'],
  ),
  AlertConfigKey: inferred(
    object({ corporateId: nonBlank, accountNumber: nonBlank, alertType: { type: 'string', enum: ['CORPORATE_LOW_BALANCE_ALERT'] } }, ['corporateId', 'accountNumber', 'alertType']),
    'the fetch page lists no fields; these identify one configuration',
  ),
  AlertConfig: object(
    {
      corporateId: text,
      accountNumber: text,
      alertType: { type: 'string', enum: ['CORPORATE_LOW_BALANCE_ALERT'] },
      thresholdAmount: money,
      emailRecipients: { type: 'array', items: text },
      mobileRecipients: { type: 'array', items: text },
    },
    ['corporateId', 'accountNumber', 'alertType', 'thresholdAmount', 'emailRecipients', 'mobileRecipients'],
  ),

  // ---- wallet ----
};
