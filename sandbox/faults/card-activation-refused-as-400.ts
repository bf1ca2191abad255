import { defineFault } from './fault';

/**
 * The page makes ALLOCATED a prerequisite but gives no answer for another status: a 400 still refuses (the rule,
 * CARD-ACTIVATE-002, holds), so only the assumed 409 (CARD-ACTIVATE-003, an inferred SHOULD) notices.
 */
export default defineFault({
  name: 'card-activation-refused-as-400',
  reason: 'Activating a card that is not ALLOCATED is refused with 400 instead of 409 error.business.',
  trips: ['CARD-ACTIVATE-003'],
  demonstrate: async (api) => (await api.call('activateCard', { kitNo: (await api.card()).kitNo })).statusCode,
});
