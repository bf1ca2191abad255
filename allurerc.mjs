// Allure 3 report settings (npm "allure" CLI, no Java). Used by runner/allure-report.ts.
import { readFileSync } from 'node:fs';
import categories from './runner/allure-categories.json' with { type: 'json' };

// One category per distinct defect of the run (runner/allure-categories.ts, findingCategories), first: known
// deviations and environment errors carry no finding ID, so these take only what is a defect.
const findingCategories = process.env.ALLURE_FINDING_CATEGORIES ? JSON.parse(readFileSync(process.env.ALLURE_FINDING_CATEGORIES, 'utf8')) : [];

export default {
  name: 'M2P Prepaid v2 conformance',
  output: './reports/allure-report',
  // One line per run, appended at each generation: the report's trends and each test's history read it. Nightly CI
  // restores this file before the run and saves it after (.github/workflows/nightly.yml); ALLURE_HISTORY_PATH moves it.
  historyPath: process.env.ALLURE_HISTORY_PATH ?? `${process.env.REPORTS_DIR ?? './reports'}/history/allure-history.jsonl`,
  // How failures are sorted (runner/allure-categories.ts says why); Allure 3 reads them here, not from the results.
  categories: { rules: [...findingCategories, ...categories] },
  plugins: {
    awesome: {
      options: {
        reportName: 'M2P Prepaid v2 conformance',
        // One HTML file with its data inside: a browser opens it from disk (it will not fetch data files over file://).
        singleFile: true,
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
};
