import { defineFault } from './fault';
import { ALERT_KEY } from './scenario-steps';

/**
 * An environment fault, not an API fault: a shared environment where another writer changes the corporate's alert
 * configuration between the suite's update and its read, every time (sandbox/domain/alerts.ts asks the switch once an
 * update is about to be read back). The suite's safe-change protocol (harness/data/alert-change.ts) retries once, sees it
 * again, and must report an environment error and no violation.
 */
export default defineFault({
  name: 'alert-other-writer',
  reason: 'Another writer changes the alert configuration between every update and the fetch that follows it.',
  trips: [],
  environment: true,
  demonstrate: async (api) => {
    await api.call('createAlertConfig', { ...ALERT_KEY, thresholdAmount: 10, emailRecipients: ['treasury@example.com'] });
    await api.call('updateAlertConfig', { ...ALERT_KEY, thresholdAmount: 20 });
    const { thresholdAmount, emailRecipients } = (await api.call('fetchAlertConfig', ALERT_KEY)).json();
    return { thresholdAmount, emailRecipients };
  },
});
