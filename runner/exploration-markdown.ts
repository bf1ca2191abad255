/**
 * reports/exploration.md and .json: what an exploration (`npm run explore`, or a conformance run's `--explore`) tried,
 * what it reached, and its finding with the steps that show it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Exploration } from '../harness/exploration/explore';
import { requirement } from '../harness/reporting/requirements';

/** The files an exploration leaves in the reports folder, by `npm run explore` or a conformance run's `--explore`. */
export const EXPLORATION_FILES = { json: 'exploration.json', markdown: 'exploration.md' } as const;

/** The exploration the spec wrote into `dir` (specs/exploration/), or undefined when it wrote none. */
export function readExploration(dir: string): Exploration | undefined {
  const file = join(dir, EXPLORATION_FILES.json);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Exploration) : undefined;
}

/** Writes both into `reportsDir`, and says so in one line. */
export function writeExploration(reportsDir: string, exploration: Exploration, environment: string): void {
  writeFileSync(join(reportsDir, EXPLORATION_FILES.json), JSON.stringify(exploration, null, 2));
  writeFileSync(join(reportsDir, EXPLORATION_FILES.markdown), explorationMarkdown(exploration, environment));
  console.log(`Exploration: ${join(reportsDir, EXPLORATION_FILES.markdown)} (${exploration.sequences} sequences, ${exploration.finding ? '1 finding' : 'no finding'})`);
}

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
    const rules = [finding.rule, ...finding.also];
    lines.push(
      `## Finding: ${rules.join(', ')}`,
      '',
      ...rules.map((id) => `- **${id}** (${requirement(id).provenance}): ${requirement(id).title}`),
      '',
      `The model of the documented rules predicted **${finding.predicted}**; the environment answered **${finding.received}**, at the last step of this sequence (shrunk):`,
      '',
      ...finding.steps.flatMap((step, i) => [`${i + 1}. ${step.command}${step.verdict ? `: ${step.verdict}` : ''}`, ...step.curls.map((curl) => `   \`${curl}\``)]),
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
