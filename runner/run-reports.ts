/**
 * The reports built after a run from its Playwright JSON report: run-results.json (always), coverage.{json,md}
 * (always), regression.{md,json} against a baseline (when given) and the certification bundle (when asked); the
 * human-readable ones are also attached to the Allure report as report-wide attachments.
 */
import type { Exploration } from '../harness/exploration/explore';
import { EXPLORATION_FILES } from './exploration-markdown';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { operations } from '../harness/contract/contract';
import type { Target } from '../harness/environment/env';
import { deviationIds, type Expectations, expectationsPath, loadExpectations } from '../harness/profile/expectations';
import { enforcedPicks, type Picks, points } from '../harness/verdicts/interpretations';
import { requirements } from '../harness/reporting/requirements';
import { attachToAllureReport } from './allure-globals';
import { certificationHtml, certificationMarkdown } from './certification-pages';
import { certify } from './certification';
import { coverageOf } from './coverage';
import { coverageMarkdown } from './coverage-markdown';
import { inferredCaseIds } from './inferred-cases';
import { observedInterpretations, writeInterpretationReports } from './interpretations-observed';
import { latencyOf } from './latency';
import { writeManifest } from './manifest';
import { ATTESTATION, signBundle } from './attestation';
import type { Signing } from './signing-arguments';
import type { PlaywrightJsonReport } from './playwright-report';
import { RUN_RESULTS_FILE, writeRegression } from './regression';
import { runMetadata } from './run-metadata';
import { RUN_FILES } from './staged-run';
import { findingsMarkdown, type RunFinding } from './run-findings';
import { rejudgedLine } from './rejudged-mark';
import { RUN_RESULTS_FORMAT, type RunResults, runFindingsFrom, runTestsFrom } from './run-results';

export interface RunReportOptions {
  /** A run-results.json, or a folder holding one, to compare with. */
  baseline?: string;
  certify?: boolean;
  /** The run's exploration (`--explore`), for its own section of the certification. */
  exploration?: Exploration;
  /** The certifier's key: the certification bundle is signed with it (runner/attestation.ts). */
  signing?: Signing;
}

export interface RunReportOutcome {
  /** Tests that failed, or passed where a known deviation says they fail. */
  failed: number;
  /** Tests failing now that did not fail in the baseline. */
  newFailures: number;
  /** Operations slower than in the baseline (runner/latency.ts): a failure only with --latency-gate. */
  slowdowns: number;
  /** Undefined unless certification was asked for. */
  certified?: boolean;
  /** The run's distinct defects, for the Allure categories. */
  findings: RunFinding[];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The reports written here from the run's results, each named once. */
const REPORTS = { coverage: 'coverage.json', coverageMarkdown: 'coverage.md', findings: 'findings.md' } as const;

export function writeRunReports(report: PlaywrightJsonReport, target: Target, reportsDir: string, options: RunReportOptions): RunReportOutcome {
  const runTests = runTestsFrom(report);
  const run: RunResults = { format: RUN_RESULTS_FORMAT, ...runMetadata(target, report), findings: runFindingsFrom(report), latency: latencyOf({ tests: runTests }), tests: runTests };
  writeFileSync(join(reportsDir, RUN_RESULTS_FILE), json(run));
  const profile = runProfile(target);
  writeInterpretationReports(reportsDir, observedInterpretations(points().values(), run.tests, profile.picks), target.environment);
  console.log(`Interpretation points: ${join(reportsDir, 'interpretations.observed.md')}`);
  const { findings, failed } = writeVerdictReports(run, reportsDir);
  const allureResults = join(reportsDir, RUN_FILES.allureResults);
  const regression = options.baseline ? writeRegression(options.baseline, join(reportsDir, RUN_RESULTS_FILE), reportsDir) : undefined;
  const [newFailures, slowdowns] = [regression?.newFailures.length ?? 0, regression?.slowdowns.length ?? 0];
  if (options.baseline) attachToAllureReport(allureResults, [{ name: 'Regression', path: join(reportsDir, 'regression.md'), contentType: 'text/markdown' }]);
  if (options.exploration) attachToAllureReport(allureResults, [{ name: 'Exploration', path: join(reportsDir, EXPLORATION_FILES.markdown), contentType: 'text/markdown' }]);
  if (!options.certify) return { failed, newFailures, slowdowns, findings };
  const explored = options.exploration ? [EXPLORATION_FILES.json, EXPLORATION_FILES.markdown] : [];
  const certified = writeCertification(run, reportsDir, profile, { ...options, bundled: [RUN_RESULTS_FILE, ...VERDICT_REPORTS, RUN_FILES.junit, ...explored] });
  return { failed, newFailures, slowdowns, findings, certified };
}

/** The environment's profile as a run enforces it: its file's contents and the side it picks at each point. */
export function runProfile(target: Pick<Target, 'environment'>): Expectations & { picks: Picks } {
  const profile = loadExpectations(expectationsPath(target), deviationIds(requirements.keys()));
  return { ...profile, picks: enforcedPicks(profile.interpretations) };
}

/** The reports of what a run's results mean, for any run-results (a live run's, or a re-judged recording's). */
export const VERDICT_REPORTS = [REPORTS.coverage, REPORTS.coverageMarkdown, REPORTS.findings];

/** coverage.{json,md} and findings.md from a run's results; attached to the folder's Allure results when it has them. */
export function writeVerdictReports(run: RunResults, reportsDir: string): { findings: RunFinding[]; failed: number } {
  const coverage = coverageOf(run, operations(), requirements.values());
  writeFileSync(join(reportsDir, REPORTS.coverage), json(coverage));
  writeFileSync(join(reportsDir, REPORTS.coverageMarkdown), coverageMarkdown(coverage));
  const { tests, requirements: reqs } = coverage.totals;
  console.log(
    `Run results: ${join(reportsDir, RUN_RESULTS_FILE)}; coverage: ${join(reportsDir, REPORTS.coverageMarkdown)} ` +
      `(tests ${tests.tried} tried, ${tests.held} held; requirements ${reqs.tried} of ${reqs.total} tried, ${reqs.held} held)`,
  );
  const findings = run.findings ?? [];
  const heading = [`# Findings: distinct defects (${findings.length})`, '', ...(run.rejudged ? [rejudgedLine(run.rejudged), ''] : [])];
  writeFileSync(join(reportsDir, REPORTS.findings), [...heading, ...findingsMarkdown(findings), ''].join('\n'));
  console.log(`Findings: ${join(reportsDir, REPORTS.findings)} (${findings.length} distinct defect${findings.length === 1 ? '' : 's'})`);
  attachToAllureReport(join(reportsDir, RUN_FILES.allureResults), [
    { name: 'Findings', path: join(reportsDir, REPORTS.findings), contentType: 'text/markdown' },
    { name: 'Coverage', path: join(reportsDir, REPORTS.coverageMarkdown), contentType: 'text/markdown' },
  ]);
  return { findings, failed: run.tests.filter((t) => t.outcome === 'failed' || t.outcome === 'deviation-passed').length };
}

/**
 * The certification bundle, reportsDir/certification/: the verdict in JSON, Markdown and HTML, the `bundled` files of
 * reportsDir beside it, the manifest, and the signature when a key is given. True when CERTIFIED.
 */
export function writeCertification(
  run: RunResults,
  reportsDir: string,
  profile: Expectations & { picks: Picks },
  options: Pick<RunReportOptions, 'exploration' | 'signing'> & { bundled: readonly string[] },
): boolean {
  const certification = certify(run, requirements.values(), profile, profile.picks, inferredCaseIds(), options.exploration);
  const bundle = join(reportsDir, 'certification');
  rmSync(bundle, { recursive: true, force: true });
  mkdirSync(bundle, { recursive: true });
  writeFileSync(join(bundle, 'certification.json'), json(certification));
  writeFileSync(join(bundle, 'certification.md'), certificationMarkdown(certification));
  writeFileSync(join(bundle, 'certification.html'), certificationHtml(certification));
  for (const file of options.bundled) cpSync(join(reportsDir, file), join(bundle, file));
  writeManifest(bundle);
  // Signed last: the statement covers every file of the bundle, the manifest too.
  const keyid = options.signing && signBundle(bundle, certification, options.signing.key, { validDays: options.signing.validDays });
  if (keyid) console.log(`Signed: ${join(bundle, ATTESTATION)} (key ID ${keyid.slice(0, 16)}…, valid ${options.signing!.validDays} days); verify with npm run verify-certification -- --key <public key>`);
  attachToAllureReport(join(reportsDir, RUN_FILES.allureResults), [{ name: `Certification: ${certification.verdict}`, path: join(bundle, 'certification.html'), contentType: 'text/html' }]);
  console.log(`Certification: ${certification.verdict} (${join(bundle, 'certification.html')}; ${certification.blocking.length} blocking, ${certification.warnings.length} warnings)`);
  return certification.verdict === 'CERTIFIED';
}
