/** reports/coverage.md: the coverage of a run for a person, tried apart from held. */
import { latencyMarkdown } from './latency';
import type { Coverage, Tally } from './coverage';
import { findingsMarkdown } from './run-findings';
import { rejudgedLine } from './rejudged-mark';
import { shortCommit } from './run-metadata';

const tally = (name: string, t: Tally) => `| ${name} | ${t.total} | ${t.tried} | ${t.held} |`;
const mark = (exercised: boolean, held: boolean) => (!exercised ? 'not exercised' : held ? 'held' : '**failed**');

export function coverageMarkdown(coverage: Coverage): string {
  const { totals } = coverage;
  return [
    '# Coverage',
    '',
    `${coverage.run.environment}, commit ${shortCommit(coverage.run.commit)}, started ${coverage.run.startedAt}.`,
    '',
    ...(coverage.run.rejudged ? [rejudgedLine(coverage.run.rejudged), ''] : []),
    '"Tried" is what the run exercised; "held" is what passed there. A known deviation is tried but did not hold.',
    '',
    `## Findings: distinct defects (${coverage.findings.length})`,
    '',
    ...findingsMarkdown(coverage.findings),
    '',
    '| | there are | tried | held |',
    '|---|---|---|---|',
    tally('tests', totals.tests),
    tally('operations', totals.operations),
    tally('documented statuses and business codes', totals.answers),
    tally('requirements', totals.requirements),
    '',
    `## Answers the contract does not document (${coverage.undocumentedAnswers.length})`,
    '',
    ...(coverage.undocumentedAnswers.length ? coverage.undocumentedAnswers.map((f) => `- ${f.operationId} ${f.what} (${f.exchanges} exchanges)`) : ['None.']),
    '',
    '## Matrices',
    '',
    '| matrix | cells | passed | failed | skipped |',
    '|---|---|---|---|---|',
    ...coverage.matrices.map((m) => `| ${m.matrix} | ${m.cells} | ${m.passed} | ${m.failed} | ${m.skipped} |`),
    '',
    '## Operations: documented answers',
    '',
    '| operation | status | business code | tests | result |',
    '|---|---|---|---|---|',
    ...coverage.operations.flatMap((o) => o.answers.map((a) => `| ${o.operationId} | ${a.status} | ${a.businessCode ?? ''} | ${a.tests} | ${mark(a.exercised, a.held)} |`)),
    '',
    '## Response times per operation',
    '',
    ...latencyMarkdown(coverage.latency),
    '',
    '## Requirements',
    '',
    '| requirement | level | verdict | tests | title |',
    '|---|---|---|---|---|',
    ...coverage.requirements.map((r) => `| ${r.id} | ${r.level} | ${r.verdict} | ${r.judgedIn} | ${r.title} |`),
    '',
  ].join('\n');
}
