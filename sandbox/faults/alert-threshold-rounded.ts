import { defineFault } from './fault';
import { ALERT_KEY } from './scenario-steps';

/**
 * A switch the alert rule asks with `faults.active('alert-threshold-rounded')`. It proves that an amount read back is
 * compared to the paisa at any size: at 999999999999.99 a relative tolerance would take 1000000000000 for it.
 */
export default defineFault({
  name: 'alert-threshold-rounded',
  reason: 'A low-balance threshold with paise is stored, and answered, rounded to whole rupees.',
  trips: ['ALERT-001'],
  demonstrate: async (api) => {
    await api.call('createAlertConfig', { ...ALERT_KEY, thresholdAmount: 999999999999.99 });
    return (await api.call('fetchAlertConfig', ALERT_KEY)).json().thresholdAmount;
  },
});
