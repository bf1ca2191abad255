/**
 * How reports that `npm run rejudge` wrote (runner/rejudge.ts) say so: they judge again a run recorded by one suite
 * version, with another, and with no network. Every page that shows such a run says it in the same words.
 */
import { shortCommit } from './run-metadata';
import type { RejudgedMark } from './run-results';

/** One sentence a reader meets first: `Re-judged from a recording made by suite version 0.1.0 (1ec31bc6a2f0) …`. */
export function rejudgedLine(mark: RejudgedMark): string {
  const { recordedBy, judgedBy } = mark;
  return (
    `Re-judged from a recording made by suite version ${recordedBy.suiteVersion} (${shortCommit(recordedBy.commit)}) on ${recordedBy.startedAt}, ` +
    `by suite version ${judgedBy.suiteVersion} (${shortCommit(judgedBy.commit)}), with no network: ${mark.exchanges} exchanges judged again; ` +
    `${mark.notRejudgeable} findings rest on values the recording masks or cut, and the live verdict on them stands, as do the rules tests checked on values they read back.`
  );
}
