/**
 * The reporters of `npm run merge-shards` (runner/merge-shards.ts), which calls `playwright merge-reports` with this
 * file: the same JSON and JUnit files a whole run writes, so every later report is built the same way.
 */
import { RUN_FILES } from './runner/staged-run';

const reportsDir = process.env.REPORTS_DIR ?? 'reports';

export default {
  testDir: './specs',
  reporter: [
    ['junit', { outputFile: `${reportsDir}/${RUN_FILES.junit}` }],
    ['json', { outputFile: `${reportsDir}/${RUN_FILES.json}` }],
  ],
};
