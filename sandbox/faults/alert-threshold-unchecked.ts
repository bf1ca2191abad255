import { defineFault } from './fault';
import { ALERT_KEY } from './scenario-steps';

/**
 * A switch the alert rule asks with `faults.active('alert-threshold-unchecked')`; it also lets the
 * contract's `exclusiveMinimum: 0` on thresholdAmount through the request validation.
 */
export default defineFault({
  name: 'alert-threshold-unchecked',
  reason: 'A zero or negative low-balance threshold is accepted.',
  trips: ['ALERT-003'],
  waives: { operations: ['createAlertConfig', 'updateAlertConfig'], fields: ['thresholdAmount', 'lowBalanceThreshold'], keywords: ['exclusiveMinimum'] },
  demonstrate: async (api) => (await api.call('createAlertConfig', { ...ALERT_KEY, thresholdAmount: -1 })).statusCode,
});
