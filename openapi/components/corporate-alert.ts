/** Schemas of the corporate low-balance alert (api-library/wallet/*AlertConfig): bare objects, no envelope (catalog §7.6). */
import { inferred, sourced, type Schema } from '../schema-types';
import { money, nonBlank, object, source, text } from './common';

/** The answer the three alert pages show, the same on each (catalog §7.6). */
const ALERT_ANSWER =
  '{"corporateId": "CORP123", "accountNumber": "17568190551480014", "alertType": "CORPORATE_LOW_BALANCE_ALERT", "thresholdAmount": 50000, "emailRecipients": ["finance@acme.com"], "mobileRecipients": ["9876543210"]}';

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
  AlertConfig: sourced(
    object(
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
    source('api-library/wallet/createAlertConfig', `200: ${ALERT_ANSWER} (catalog §7.6: "create, update and fetch examples are identical")`, 'createAlertConfig'),
    source('api-library/wallet/updateAlertConfig', ALERT_ANSWER, 'updateAlertConfig'),
    source('api-library/wallet/fetchAlertConfig', `200: ${ALERT_ANSWER} (catalog §7.6.3)`, 'fetchAlertConfig'),
    source('catalog §7.6', 'Alert types: only `CORPORATE_LOW_BALANCE_ALERT` ("Triggered when corporate pool balance drops below threshold").', 'createAlertConfig', 'updateAlertConfig', 'fetchAlertConfig'),
  ),

  // ---- wallet ----
};
