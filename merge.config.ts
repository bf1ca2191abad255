/**
 * The reporters of `npm run merge-shards` (runner/merge-shards.ts), which calls `playwright merge-reports` with this
 * file: the same JSON and JUnit files a whole run writes, so every later report is built the same way.
 */
const reportsDir = process.env.REPORTS_DIR ?? 'reports';

export default {
  testDir: './specs',
  reporter: [
    ['junit', { outputFile: `${reportsDir}/junit.xml` }],
    ['json', { outputFile: `${reportsDir}/results.json` }],
  ],
};
