/**
 * Allure metadata as a projection of the catalogue and the contract: a spec names its operation, its aspect and its
 * requirement IDs; areas, summaries, severities and links come from the data, never from strings in the test.
 */
import * as allure from 'allure-js-commons';
import { contract, operation } from '../contract/contract';
import { declaredIds } from './covers';
import { requirement, requirements, type Severity, severityOf, type Story, strictestLevel } from './requirements';

/** What a spec says about itself. */
export interface TestMeta {
  /** The operationId under test. */
  operation: string;
  story: Story;
  /** The requirement IDs the test declares (harness/reporting/covers.ts). */
  requirements: string[];
}

/** Everything written to Allure for one test; computed without Allure so it can be unit-tested. */
export interface AllureMetadata {
  epic: string;
  feature: string;
  story: Story;
  severity: Severity;
  tags: string[];
  links: { url: string; name: string }[];
  parameters: { name: string; value: string }[];
}

/** Derives the metadata of a test from the contract and the catalogue. */
export function allureMetadata(meta: TestMeta, seed: string): AllureMetadata {
  if (meta.requirements.length === 0) throw new Error(`a test of ${meta.operation} names no requirement ID`);
  const op = operation(meta.operation);
  const rows = meta.requirements.map(requirement);
  const links = new Map<string, string>();
  if (op.docUrl) links.set(op.docUrl, `${op.summary} (documentation)`);
  for (const row of rows) if (!links.has(row.source)) links.set(row.source, `${row.id} source`);
  const inferred = op.inferred || rows.some((row) => row.provenance === 'inferred');
  return {
    epic: op.area,
    feature: op.summary,
    story: meta.story,
    severity: severityOf(strictestLevel(meta.requirements)),
    // "inferred" lets a reader filter out what the docs did not state.
    tags: [...meta.requirements, ...(inferred ? ['inferred'] : [])],
    links: [...links].map(([url, name]) => ({ url, name })),
    parameters: [{ name: 'seed', value: seed }],
  };
}

/** An Allure label, link and parameter, as they stand in a result file. */
interface AllureResult {
  name: string;
  labels?: { name: string; value: string }[];
  links?: { url: string; name?: string }[];
  parameters?: { name: string; value: string; excluded?: boolean }[];
}

/**
 * Adds a test result's labels, links and seed parameter to an Allure result as allure-playwright wrote it, from what
 * the test declared (harness/reporting/covers.ts): its IDs arrive as tag labels, an operation or story it states as labels.
 * Done when the report is built, not by each test at run time: each label a test sends is a step of the test and
 * a message to the runner, which cost a passing run more than its checks. Returns false when the test declares no
 * requirement or no operation can be told (the result is left as it was).
 */
export function labelResult(result: AllureResult, seed: string): boolean {
  const meta = metaFromLabels(result.labels ?? []);
  if (!meta) return false;
  const data = allureMetadata(meta, seed);
  const stated = new Set((result.labels ?? []).map((label) => label.name));
  result.labels = [
    ...(result.labels ?? []),
    { name: 'epic', value: data.epic },
    { name: 'feature', value: data.feature },
    ...(stated.has('story') ? [] : [{ name: 'story', value: data.story }]),
    { name: 'severity', value: data.severity },
    // The requirement IDs are tags already (Playwright's); only what the data adds is added.
    ...data.tags.filter((tag) => !meta.requirements.includes(tag)).map((tag) => ({ name: 'tag', value: tag })),
  ];
  result.links = [...(result.links ?? []), ...data.links];
  // Excluded from the history ID: the seed changes every run, the test does not.
  result.parameters = [...(result.parameters ?? []), ...data.parameters.map((p) => ({ ...p, excluded: true }))];
  return true;
}

/**
 * The metadata a test declared, read from its Allure labels: its requirement IDs (tags the catalogue knows), the
 * operation (stated, else the first requirement tied to one) and the story (stated, else the first requirement's).
 * Undefined when it declares no requirement or no operation can be told.
 */
export function metaFromLabels(labels: readonly { name: string; value: string }[]): TestMeta | undefined {
  const valueOf = (name: string) => labels.find((label) => label.name === name)?.value;
  const ids = declaredIds(labels.filter((label) => label.name === 'tag').map((label) => label.value)).filter((id) => requirements.has(id));
  if (ids.length === 0) return undefined;
  const operationId = valueOf('operation') ?? ids.map((id) => requirement(id).operation).find((op) => op !== null);
  if (!operationId || !contract.has(operationId)) return undefined;
  return { operation: operationId, story: (valueOf('story') as Story | undefined) ?? requirement(ids[0]).story, requirements: ids };
}

/** The tag a known deviation's test carries, which the Allure category "Known deviations" sorts by. */
export const KNOWN_DEVIATION_TAG = 'known deviation';

/** Marks a test that an environment's known deviation expects to fail, with the entry's reason as a parameter. */
export async function labelKnownDeviation(id: string, reason: string): Promise<void> {
  await allure.tag(KNOWN_DEVIATION_TAG);
  await allure.parameter('known deviation', `${id}: ${reason}`);
}
