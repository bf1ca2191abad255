/** reports/exploration.md: what `npm run explore` tried, what it reached, and its finding with the steps that show it. */
import type { Exploration } from '../harness/exploration/explore';

export function explorationMarkdown(exploration: Exploration, environment: string): string {
  const lines = [
    `# Exploration of ${environment}`,
    '',
    `Seed ${exploration.seed}: ${exploration.sequences} sequences${exploration.interrupted ? ', stopped by the time budget' : ''}.`,
    '',
  ];
  if (exploration.environmentError) lines.push(`**Environment error**: ${exploration.environmentError}. Nothing was learnt about the API.`, '');
  const finding = exploration.finding;
  if (finding) {
    lines.push(
      `## Finding: ${finding.rule}`,
      '',
      `The model of the documented rules predicted **${finding.predicted}**; the environment answered **${finding.received}**, at the last step of this sequence (shrunk):`,
      '',
      ...finding.steps.flatMap((step, i) => [`${i + 1}. ${step.command}`, ...step.curls.map((curl) => `   \`${curl}\``)]),
      '',
      `Replay: \`${finding.replay}\``,
      '',
    );
  } else if (!exploration.environmentError) lines.push('No finding: every answer agreed with the model.', '');
  lines.push('## Requests per operation', '', '| operation | requests |', '|---|---|', ...Object.entries(exploration.operations).sort().map(([op, n]) => `| ${op} | ${n} |`), '');
  lines.push(
    '## Outcomes reached',
    '',
    'Per rule (a requirement, or the matrix cell that decides), the outcome seen; "either allowed" marks a rule resting on inference, where the model accepts both.',
    '',
    '| rule and outcome | times |',
    '|---|---|',
    ...Object.entries(exploration.outcomes).map(([key, n]) => `| ${key} | ${n} |`),
    '',
  );
  return lines.join('\n');
}
