// Allure 3 report settings (npm "allure" CLI, no Java). Used by runner/conformance.ts.
export default {
  name: 'M2P Prepaid v2 conformance',
  output: './reports/allure-report',
  plugins: {
    awesome: {
      options: {
        reportName: 'M2P Prepaid v2 conformance',
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
};
