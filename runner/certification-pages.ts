/** The certification summary for the person who signs it off: Markdown and a standalone HTML page (no scripts). */
import type { Exploration } from '../harness/exploration/explore';
import type { Certification } from './certification';
import { rejudgedLine } from './rejudged-mark';
import { findingLine, findingReach } from './run-findings';

/** The facts of the run, in the order a sign-off reads them. */
function facts(c: Certification): [string, string][] {
  return [
    // First: a reader must know before anything else that no request was made for this verdict.
    ...(c.rejudged ? [['Re-judged', rejudgedLine(c.rejudged)] as [string, string]] : []),
    ['Environment', `${c.environment} (${c.baseUrl})`],
    ['Tenant', c.tenant],
    ['Suite', `${c.suiteVersion}, commit ${c.commit}`],
    ['Contract (SHA-256 of openapi/m2p-prepaid-v2.json)', c.contractHash],
    ['Requirements catalogue', c.catalogueVersion],
    ['Run', `${c.startedAt} to ${c.finishedAt}, seed ${c.seed}`],
    ['Tests', `${c.tests.total}: ${c.tests.passed} passed, ${c.tests.failed} failed, ${c.tests.skipped} skipped, ${c.tests.knownDeviations} known deviations`],
    ['Profile', profileLine(c)],
  ];
}

function profileLine(c: Certification): string {
  const picked = Object.entries(c.profile.interpretations).map(([point, side]) => `${point}=${side}`);
  return `${c.profile.file ?? 'none (every documented side accepted)'}; sides picked: ${picked.join(', ') || 'none'}; inferred requirements confirmed: ${c.profile.confirms.join(', ') || 'none'}`;
}

/** The lists a sign-off reads, in order, each with what to say when it is empty. */
function sections(c: Certification): { title: string; items: string[]; empty: string }[] {
  return [
    {
      title: `Findings: distinct defects, with the tests each failed (${c.findings.length})`,
      items: c.findings.map((f) => `${findingLine(f)}: ${findingReach(f)}. ${f.check}: ${f.message}${f.curl ? `. Reproduce: ${f.curl}` : ''}`),
      empty: 'None: no test found a defect.',
    },
    {
      title: `Blocking requirements (${c.blocking.length})`,
      items: c.blocking.map((b) => `${b.id} ${b.title}: ${b.why}`),
      empty: 'None: every MUST requirement held, does not apply, or is a known deviation listed below.',
    },
    { title: `Warnings: SHOULD requirements violated (${c.warnings.length})`, items: c.warnings.map((w) => `${w.id} ${w.title}`), empty: 'None.' },
    {
      title: `Not judged: requirements the run could not judge, with why and the setting that tries them (${c.notJudged.length})`,
      items: c.notJudged.map((n) => `${n.id} (${n.level}${n.blocks ? ', blocks the verdict' : ', does not block'}) ${n.title}: ${n.why}`),
      empty: 'None: the run judged every requirement.',
    },
    {
      title: `Unconfirmed: MUST requirements that rest on inference, not held here, and not confirmed by the profile (${c.unconfirmed.length})`,
      items: c.unconfirmed.map((u) => `${u.id} ${u.title}: ${u.verdict}`),
      empty: 'None.',
    },
    {
      title: `Interpretation points the profile leaves open: every documented side accepted (${c.openPoints.length})`,
      items: c.openPoints.map((p) => `${p.id}: ${p.question}`),
      empty: 'None: the profile picks a side at every point.',
    },
    {
      title: `Known deviations applied (${c.deviationsApplied.length})`,
      items: c.deviationsApplied.map((d) => `${d.id}: ${d.reason}${d.expires ? ` (until ${d.expires})` : ''}; excused ${d.tests.length} test(s)`),
      empty: 'None.',
    },
    ...(c.exploration ? [explorationSection(c.exploration)] : []),
  ];
}

/** The exploration's section: what it tried, and its finding with the shrunk steps and the replay line. */
function explorationSection(e: Exploration): { title: string; items: string[]; empty: string } {
  const tried = `seed ${e.seed}, ${e.sequences} sequences${e.interrupted ? ' (stopped by the time budget)' : ''}`;
  const finding = e.finding;
  return {
    title: `Exploration: sequences checked against the model of the documented rules (${tried})`,
    items: e.environmentError
      ? [`Environment error: ${e.environmentError}. Nothing was learnt about the API.`]
      : finding
        ? [
            `Finding ${[finding.rule, ...finding.also].join(', ')}: the model predicted ${finding.predicted}; the environment answered ${finding.received}`,
            `Steps (shrunk): ${finding.steps.map((step, i) => `${i + 1}. ${step.command}`).join('; ')}`,
            `Replay: ${finding.replay}`,
          ]
        : [],
    empty: 'No finding: every answer of every sequence agreed with the model. Without a finding the exploration never blocks the verdict.',
  };
}

export function certificationMarkdown(c: Certification): string {
  return [
    `# Certification: ${c.verdict}`,
    '',
    ...facts(c).map(([name, value]) => `- **${name}:** ${value}`),
    '',
    ...sections(c).flatMap((s) => [`## ${s.title}`, '', ...(s.items.length ? s.items.map((i) => `- ${i}`) : [s.empty]), '']),
    '## Verdict per requirement',
    '',
    '| requirement | level | verdict | tests |',
    '|---|---|---|---|',
    ...c.requirements.map((r) => `| ${r.id} | ${r.level} | ${r.verdict} | ${r.tests} |`),
    '',
    'The files of this bundle and their SHA-256 are listed in MANIFEST.sha256 (`sha256sum -c MANIFEST.sha256`).',
    '',
  ].join('\n');
}

const escape = (text: string) => text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

export function certificationHtml(c: Certification): string {
  const certified = c.verdict === 'CERTIFIED';
  const list = (items: string[], empty: string) => (items.length ? `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>` : `<p>${escape(empty)}</p>`);
  const rows = c.requirements
    .map((r) => `<tr class="${r.verdict}"><td>${r.id}</td><td>${r.level}</td><td>${r.verdict}</td><td>${r.tests}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Certification: ${c.verdict} (${escape(c.environment)})</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; padding: 0 1rem; }
.verdict { font-size: 2rem; font-weight: 700; padding: .5rem 1rem; border-radius: .4rem; display: inline-block;
  color: #fff; background: ${certified ? '#1b7f3b' : '#b3261e'}; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; } dd { margin: 0; word-break: break-all; }
table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #ddd; padding: .2rem .5rem; text-align: left; }
tr.violated td, tr.unjudged td { background: #fde8e7; } tr.excused td { background: #fff4d6; } tr.not-tried td, tr.not-judged-here td { color: #777; }
</style></head><body>
<h1>Certification of ${escape(c.environment)}</h1>
<p class="verdict">${c.verdict}</p>
<dl>${facts(c).map(([name, value]) => `<dt>${escape(name)}</dt><dd>${escape(value)}</dd>`).join('')}</dl>
${sections(c).map((s) => `<h2>${escape(s.title)}</h2>\n${list(s.items, s.empty)}`).join('\n')}
<h2>Verdict per requirement</h2>
<table><thead><tr><th>requirement</th><th>level</th><th>verdict</th><th>tests</th></tr></thead><tbody>
${rows}
</tbody></table>
<p>The files of this bundle and their SHA-256 are listed in <code>MANIFEST.sha256</code> (<code>sha256sum -c MANIFEST.sha256</code>).</p>
</body></html>
`;
}
