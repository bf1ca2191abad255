import { defineFault } from './fault';
import { ALERT_KEY } from './scenario-steps';

/** A switch: the rule it breaks asks `faults.active('alert-update-not-persisted')`. */
export default defineFault({
  name: 'alert-update-not-persisted',
  reason: 'An alert update answers the new values but a later fetch returns the old ones.',
  trips: ['ALERT-001'],
  demonstrate: async (api) => {
    await api.call('createAlertConfig', { ...ALERT_KEY, thresholdAmount: 10 });
    await api.call('updateAlertConfig', { ...ALERT_KEY, thresholdAmount: 20 });
    return (await api.call('fetchAlertConfig', ALERT_KEY)).json().thresholdAmount;
  },
});
