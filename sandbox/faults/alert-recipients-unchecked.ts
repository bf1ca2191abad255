import { defineFault } from './fault';
import { ALERT_KEY } from './scenario-steps';

/** Lets recipients that are not email addresses or mobiles through request validation of the alert operations. */
export default defineFault({
  name: 'alert-recipients-unchecked',
  reason: 'A low-balance alert accepts a recipient that is not an email address or a 10-digit mobile.',
  trips: ['ALERT-004'],
  waives: { operations: ['createAlertConfig', 'updateAlertConfig'], fields: ['emailRecipients[0]', 'mobileRecipients[0]'], keywords: ['format', 'pattern'] },
  demonstrate: async (api) => (await api.call('createAlertConfig', { ...ALERT_KEY, thresholdAmount: 5, emailRecipients: ['not-an-email'] })).statusCode,
});
