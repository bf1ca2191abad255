import { defineFault } from './fault';

/** A latency fault: no answer changes, so no test may fail; the regression diff must flag the operation as slower. */
export default defineFault({
  name: 'slow-card-balance',
  reason: 'A release makes fetchCardBalance answer 300 ms later, every time.',
  trips: [],
  slow: { operationId: 'fetchCardBalance', ms: 300 },
  demonstrate: async (api) => {
    const started = performance.now();
    await api.call('fetchCardBalance', { entityId: 'X' });
    return performance.now() - started >= 300;
  },
});
