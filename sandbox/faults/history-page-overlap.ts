import { defineFault } from './fault';

/** A switch: a history page after the first asks `faults.active('history-page-overlap')`. */
export default defineFault({
  name: 'history-page-overlap',
  reason: 'A history page after the first starts one item early: the last item of a page comes again on the next.',
  sequence: { rules: ['MONEY-HISTORY-001'], steps: 'more movements than a page holds, then the history read page by page' },
  trips: [],
  demonstrate: async (api) => {
    const card = await api.card();
    for (let i = 0; i < 4; i++) await api.load(card.entityId, '5');
    const page = await api.call('fetchTransactions', { entityId: card.entityId }, { query: { pageNo: '1', pageSize: '3' } });
    return page.json().result.length;
  },
});
