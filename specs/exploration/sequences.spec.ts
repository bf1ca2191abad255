import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient, covering, DataFactory, EnvironmentError, expectRule, test } from '../../harness';
import { EXPLORE_METADATA, explore, exploreSettings } from '../../harness/exploration';

// Rules: the customer, wallet and card status matrices and the customer and wallet effect matrices (fixtures/),
// card/activateCard and card/updateCardPreferences,
// transaction/createTransaction (txnRef is the idempotency key), wallet/markLien (ADD, ADJUST as the new total, REMOVE
// releasing all), card/fetchCardBalance and transaction/fetchTransactions (balances and the history that adds up to
// them). `npm run explore` runs this alone.
const RULES = [
  'MONEY-IDEM-001', 'MONEY-DEBIT-001', 'MONEY-LIEN-001', 'MONEY-HISTORY-001', 'WALLET-LIEN-001', 'WALLET-LIEN-002', 'WALLET-LIEN-003',
  'WALLET-EFFECT-001', 'WALLET-STATUS-001', 'CUST-EFFECT-001', 'CUST-STATUS-001', 'CARD-STATUS-001', 'CARD-STATUS-003',
  'CARD-ACTIVATE-001', 'CARD-ACTIVATE-002', 'CARD-PREF-001', 'CARD-PREF-002', 'CARD-PREF-003', 'CARD-PREF-004',
];

test(...covering(RULES, 'sequences of movements, liens, status changes and reads of a customer, two of its cards and a wallet agree with the model of the documented rules'), async ({ http, target, tokens, faker }, testInfo) => {
  // The project's own settings win over the run's: a batched run's projects explore with settings of their own.
  const settings = exploreSettings({ ...process.env, ...(testInfo.project.metadata[EXPLORE_METADATA] as Record<string, string> | undefined) });
  // The budget, and time to shrink and replay a finding.
  test.setTimeout((settings.timeMs ?? 10 * 60_000) + 5 * 60_000);
  const exploration = await explore(
    async (tally) => {
      // A client of its own per sequence: the test's client would keep every exchange of every sequence.
      const api = new ApiClient(http, target, tokens, target.partner);
      const support = target.support && new ApiClient(http, target, tokens, target.support);
      const data = new DataFactory(faker, target, api);
      const first = await data.card();
      // The second card stays as issued: ALLOCATED where the environment issues cards so, for activation to meet.
      return { api, support, data, cards: [first, await data.issuedCard(first.customer)], steps: [], tally };
    },
    settings,
  );
  const json = JSON.stringify(exploration, null, 2);
  writeFileSync(join(process.env.REPORTS_DIR ?? 'reports', 'exploration.json'), json);
  await testInfo.attach('exploration.json', { body: json, contentType: 'application/json' });
  if (exploration.environmentError) throw new EnvironmentError(exploration.environmentError);
  const finding = exploration.finding;
  if (finding) {
    const steps = finding.steps.map((s, i) => `${i + 1}. ${s.command}`).join('; ');
    expectRule(finding.rule, `the answer to the last step of a shrunk sequence (${steps}; replay: ${finding.replay})`, finding.received, finding.predicted);
  }
});
