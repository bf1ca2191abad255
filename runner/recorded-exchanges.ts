/**
 * reports/exchanges.jsonl: the run's exchanges, one masked JSON line each (harness/reporting/exchange-recording.ts),
 * merged from the workers' files in the order they were sent. Built with the other reports, so a whole run and a merge
 * of shards write the same; the workers' folder goes once merged.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDED_EXCHANGES_FOLDER, type RecordedExchange } from '../harness/reporting/exchange-recording';

export const EXCHANGES_FILE = 'exchanges.jsonl';
/**
 * Where `npm run rejudge` (runner/rejudge.ts) writes, beside the recording it judged again: a folder of the reports a
 * live run writes from its results (run-results.json, coverage, findings.md, certification/), and its own summary.
 */
export const REJUDGED_DIR = 'rejudged';
/** The summary in it: each test's verdict again beside its live one. */
export const REJUDGED_FILES = { json: 'rejudged.json', markdown: 'rejudged.md' } as const;

/** Merges the workers' recordings in `reportsDir` into exchanges.jsonl; the number of exchanges, undefined when none were recorded. */
export function mergeRecording(reportsDir: string): number | undefined {
  const folder = join(reportsDir, RECORDED_EXCHANGES_FOLDER);
  if (!existsSync(folder)) return undefined;
  const lines = readdirSync(folder)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean));
  const sent = (line: string) => {
    const { timing, step } = JSON.parse(line) as RecordedExchange;
    return { at: timing.startedAt, step };
  };
  const keyed = lines.map((line) => ({ line, ...sent(line) }));
  keyed.sort((a, b) => a.at.localeCompare(b.at) || a.step - b.step);
  writeFileSync(join(reportsDir, EXCHANGES_FILE), keyed.map((k) => `${k.line}\n`).join(''));
  rmSync(folder, { recursive: true, force: true });
  return keyed.length;
}

/** Gathers the shards' recordings (`exchanges-<i>-of-<n>/`) into the folder mergeRecording reads. */
export function gatherShardRecordings(reportsDir: string, shards: readonly string[]): void {
  const folder = join(reportsDir, RECORDED_EXCHANGES_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const shard of shards) {
    const from = join(reportsDir, `${RECORDED_EXCHANGES_FOLDER}-${shard}`);
    if (!existsSync(from)) continue;
    // A worker's file is named by its pid, which two machines may share: the shard's name keeps them apart.
    for (const file of readdirSync(from)) copyFileSync(join(from, file), join(folder, `${shard}-${file}`));
  }
}
