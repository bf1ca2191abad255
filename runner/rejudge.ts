/**
 * `npm run rejudge -- <reports dir>`: a recorded run judged again by this suite's checks, with no network
 * (runner/rejudge-run.ts). Reads the folder's exchanges.jsonl and run-results.json, writes rejudged.{md,json} beside
 * them, prints one line, and exits 1 when the current checks find a requirement broken that the live run did not
 * report; 2, in one line, when the folder holds no recording to judge.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedExchange } from '../harness/reporting/exchange-recording';
import { EXCHANGES_FILE, REJUDGED_FILES } from './recorded-exchanges';
import { readRunResults } from './regression';
import { rejudgedMarkdown, rejudgeRun } from './rejudge-run';
import { commit, shortCommit, suiteVersion } from './run-metadata';

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
  const run = rejudgeRun(readRecording(dir), readRunResults(dir));
  const judgedBy = { suiteVersion: suiteVersion(), commit: shortCommit(commit()) };
  writeFileSync(join(dir, REJUDGED_FILES.json), `${JSON.stringify({ ...run, judgedBy }, null, 2)}\n`);
  writeFileSync(join(dir, REJUDGED_FILES.markdown), `${rejudgedMarkdown(run, judgedBy)}\n`);
  const changed = run.tests.filter((t) => t.added.length > 0).length;
  console.log(`Re-judged: ${join(dir, REJUDGED_FILES.markdown)} (${run.exchanges} exchanges, ${run.sameVerdict ? 'the same verdict' : `${changed} tests fail that passed live`})`);
  process.exit(run.sameVerdict ? 0 : 1);
} catch (error) {
  console.error(`rejudge: ${(error as Error).message}`);
  process.exit(2);
}
