import { defineFault } from './fault';
import { ALERT_KEY } from './scenario-steps';

export default defineFault({
  name: 'alert-update-unknown-ok',
  reason: 'Updating an alert configuration that does not exist answers 200 instead of 404.',
  trips: ['ALERT-002'],
  rewrite(exchange) {
    if (exchange.operationId !== 'updateAlertConfig' || exchange.status !== 404) return;
    exchange.status = 200;
    exchange.body = {
      corporateId: 'CORP123', accountNumber: '0', alertType: 'CORPORATE_LOW_BALANCE_ALERT',
      thresholdAmount: 1000, emailRecipients: [], mobileRecipients: [],
    };
  },
  demonstrate: async (api) => (await api.call('updateAlertConfig', { ...ALERT_KEY, accountNumber: '1', thresholdAmount: 5 })).statusCode,
});
