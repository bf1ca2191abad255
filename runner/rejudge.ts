/**
 * `npm run rejudge -- <reports dir>`: a recorded run judged again by this suite's checks, with no network
 * (runner/rejudge-run.ts). Reads the folder's exchanges.jsonl and run-results.json and writes, into its rejudged/
 * folder, what a live run writes from its results (run-results.json, coverage, findings.md, the certification bundle,
 * each marked re-judged, runner/rejudged-mark.ts) and rejudged.{md,json}, each test's verdict again beside its live
 * one. Prints one line; exits 1 when the current checks find a requirement broken that the live run did not report;
 * 2, in one line, when the folder holds no recording to judge.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedExchange } from '../harness/reporting/exchange-recording';
import { useConfirms } from '../harness/verdicts/warnings';
import { EXCHANGES_FILE, REJUDGED_DIR, REJUDGED_FILES } from './recorded-exchanges';
import { readRunResults, RUN_RESULTS_FILE } from './regression';
import { rejudgedMarkdown, rejudgeRun } from './rejudge-run';
import { rejudgedResults } from './rejudged-results';
import { judgingSuite, shortCommit } from './run-metadata';
import { runProfile, VERDICT_REPORTS, writeCertification, writeVerdictReports } from './run-reports';

/** The recording's lines; one line naming the file and the line when it cannot be read. */
function readRecording(dir: string): RecordedExchange[] {
  const file = join(dir, EXCHANGES_FILE);
  if (!existsSync(file)) throw new Error(`${file}: no recording here (every run of npm run conformance writes ${EXCHANGES_FILE})`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line, index) => {
      try {
        return JSON.parse(line) as RecordedExchange;
      } catch (error) {
        throw new Error(`${file}:${index + 1}: not a JSON line (${(error as Error).message})`);
      }
    });
}

const dir = process.argv[2];
if (!dir) {
  console.error('rejudge: usage: npm run rejudge -- <reports folder holding exchanges.jsonl and run-results.json>');
  process.exit(2);
}
try {
  const live = readRunResults(dir);
  // The recorded environment's profile, as a live run of it loads it: it says which inferred rules block (useConfirms).
  const profile = runProfile({ environment: live.environment });
  useConfirms(profile.confirms);
  const run = rejudgeRun(readRecording(dir), live);
  const judging = judgingSuite();
  const judgedBy = { suiteVersion: judging.suiteVersion, commit: shortCommit(judging.commit) };
  const out = join(dir, REJUDGED_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, REJUDGED_FILES.json), `${JSON.stringify({ ...run, judgedBy }, null, 2)}\n`);
  writeFileSync(join(out, REJUDGED_FILES.markdown), `${rejudgedMarkdown(run, judgedBy)}\n`);
  // The reports a live run writes from its results, from the results the recording gives now.
  const results = rejudgedResults(live, run, judging);
  writeFileSync(join(out, RUN_RESULTS_FILE), `${JSON.stringify(results, null, 2)}\n`);
  const { failed } = writeVerdictReports(results, out);
  const certified = writeCertification(results, out, profile, { bundled: [RUN_RESULTS_FILE, ...VERDICT_REPORTS, ...Object.values(REJUDGED_FILES)] });
  const changed = run.tests.filter((t) => t.added.length > 0).length;
  console.log(
    `Re-judged: ${join(out, REJUDGED_FILES.markdown)} (${run.exchanges} exchanges, ${run.sameVerdict ? 'the same verdict' : `${changed} tests fail that passed live`}; ` +
      `${failed} tests failed; ${certified ? 'CERTIFIED' : 'NOT CERTIFIED'})`,
  );
  process.exit(run.sameVerdict ? 0 : 1);
} catch (error) {
  console.error(`rejudge: ${(error as Error).message}`);
  process.exit(2);
}
