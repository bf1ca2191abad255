// Allure 3 report settings (npm "allure" CLI, no Java). Used by runner/conformance.ts.
export default {
  name: 'M2P Prepaid v2 conformance',
  output: './reports/allure-report',
  // One line per run, appended at each generation: the report's trends and each test's history read it. Nightly CI
  // restores this file before the run and saves it after (.github/workflows/nightly.yml); ALLURE_HISTORY_PATH moves it.
  historyPath: process.env.ALLURE_HISTORY_PATH ?? `${process.env.REPORTS_DIR ?? './reports'}/history/allure-history.jsonl`,
  plugins: {
    awesome: {
      options: {
        reportName: 'M2P Prepaid v2 conformance',
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
};
