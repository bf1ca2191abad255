/**
 * Allure metadata as a projection of the catalogue and the contract: a spec names its operation, its aspect and its
 * requirement IDs; areas, summaries, severities and links come from the data, never from strings in the test.
 */
import * as allure from 'allure-js-commons';
import { contract, operation } from './contract';
import { requirement, requirements, type Severity, severityOf, strictestLevel } from './requirements';

/** The aspect of an operation a test is about: Allure's story. */
export type Story =
  | 'success'
  | 'error envelope'
  | 'validation'
  | 'business rule'
  | 'authentication'
  | 'tenant isolation'
  | 'test data';

/** What a spec says about itself. */
export interface TestMeta {
  /** The operationId under test. */
  operation: string;
  /** Omitted when derived from a title: the title says which rules, not which aspect. */
  story?: Story;
  /** The requirement IDs the test covers, as in its title. */
  requirements: string[];
}

/** Everything written to Allure for one test; computed without Allure so it can be unit-tested. */
export interface AllureMetadata {
  epic: string;
  feature: string;
  story?: Story;
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
 * Adds a test result's labels, links and seed parameter, from its title, to an Allure result as allure-playwright wrote
 * it. Done when the report is built, not by each test at run time: each label a test sends is a step of the test and
 * a message to the runner, which cost a passing run more than its checks. Returns false when the title names no
 * requirement or no operation can be told (the result is left as it was).
 */
export function labelResult(result: AllureResult, seed: string): boolean {
  const meta = metaFromTitle(result.name);
  if (!meta) return false;
  const data = allureMetadata(meta, seed);
  result.labels = [
    ...(result.labels ?? []),
    { name: 'epic', value: data.epic },
    { name: 'feature', value: data.feature },
    ...(data.story ? [{ name: 'story', value: data.story }] : []),
    { name: 'severity', value: data.severity },
    ...data.tags.map((tag) => ({ name: 'tag', value: tag })),
  ];
  result.links = [...(result.links ?? []), ...data.links];
  // Excluded from the history ID: the seed changes every run, the test does not.
  result.parameters = [...(result.parameters ?? []), ...data.parameters.map((p) => ({ ...p, excluded: true }))];
  return true;
}

/** `[REQ-ID]` in a test title. */
const TITLE_ID = /\[([A-Z]+(?:-[A-Z0-9]+)*-[0-9]{3})\]/g;

/**
 * The metadata a title implies: its `[REQ-ID]`s, and the operation they are about (the first requirement tied to
 * one, else a leading `<operationId>:` as in contract tests that loop over every operation). Undefined when the
 * title names no requirement or no operation can be told.
 * @example metaFromTitle('[CUST-STATUS-002] CREDIT_FREEZE → CREDIT_FREEZE is rejected') // { operation: 'updateCustomerStatus', … }
 */
export function metaFromTitle(title: string): TestMeta | undefined {
  const ids = [...title.matchAll(TITLE_ID)].map((m) => m[1]).filter((id) => requirements.has(id));
  if (ids.length === 0) return undefined;
  const named = /\]\s*([A-Za-z]+):/.exec(title)?.[1];
  const operationId = ids.map((id) => requirement(id).operation).find((op) => op !== null) ?? (named && contract.has(named) ? named : undefined);
  return operationId ? { operation: operationId, story: storyFromTitle(title, ids), requirements: ids } : undefined;
}

/**
 * The aspect, read from what the title already says: its requirement's area, then its outcome. Titles state
 * outcomes in the present tense ("is rejected with", "gets 401"), so the words are stable.
 */
export function storyFromTitle(title: string, ids: readonly string[]): Story {
  const area = requirement(ids[0]).area;
  if (area === 'Authentication') return 'authentication';
  if (area === 'Contract') return 'error envelope';
  if (area === 'Test data') return 'test data';
  if (/constraint-violation|gets 400/.test(title)) return 'validation';
  return /rejected|refused|cannot|gets [45][0-9]{2}/.test(title) ? 'business rule' : 'success';
}

/** The tag a known deviation's test carries, which the Allure category "Known deviations" sorts by. */
export const KNOWN_DEVIATION_TAG = 'known deviation';

/** Marks a test that an environment's known deviation expects to fail, with the entry's reason as a parameter. */
export async function labelKnownDeviation(id: string, reason: string): Promise<void> {
  await allure.tag(KNOWN_DEVIATION_TAG);
  await allure.parameter('known deviation', `${id}: ${reason}`);
}
