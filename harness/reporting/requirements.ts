/**
 * The requirements catalogue (fixtures/requirements.json): the spine of the suite. Every test and every check names
 * IDs from it; reports take titles, levels and sources from it.
 */
import catalogue from '../../fixtures/requirements.json' with { type: 'json' };

/** The aspects of an operation a test can be about: Allure's story. fixtures/meta/requirements.schema.json lists the same. */
export const STORIES = ['success', 'error envelope', 'validation', 'business rule', 'authentication', 'tenant isolation', 'test data'] as const;
export type Story = (typeof STORIES)[number];

export type Level = 'MUST' | 'SHOULD' | 'MAY';

/** One rule the API must obey. An ID never changes meaning. */
export interface Requirement {
  id: string;
  title: string;
  level: Level;
  area: string;
  /** The aspect a test of it is about, unless the test states its own (a matrix cell, a limit row). */
  story: Story;
  /** The operation the rule is about; null for rules of every operation (the CONTRACT-* ones). */
  operation: string | null;
  /** The documentation page the rule comes from. */
  source: string;
  provenance: 'documented' | 'inferred';
  note?: string;
}

/** Allure severities, from the level: a broken MUST is critical. */
export type Severity = 'critical' | 'normal' | 'minor';

const SEVERITY: Record<Level, Severity> = { MUST: 'critical', SHOULD: 'normal', MAY: 'minor' };

/** Every requirement of the catalogue, by ID. */
export const requirements: ReadonlyMap<string, Requirement> = new Map(
  (catalogue.requirements as Requirement[]).map((row) => [row.id, row]),
);

/**
 * The requirement with this ID, or an error: naming an ID that is not in the catalogue is a defect of the test.
 * @example requirement('CUST-STATUS-002').level // 'MUST'
 */
export function requirement(id: string): Requirement {
  const found = requirements.get(id);
  if (!found) throw new Error(`unknown requirement ID "${id}": not in fixtures/requirements.json`);
  return found;
}

/** The Allure severity of a level. */
export function severityOf(level: Level): Severity {
  return SEVERITY[level];
}

/** The most severe level among requirements (a test covering a MUST and a MAY is as severe as the MUST). */
export function strictestLevel(ids: readonly string[]): Level {
  const levels = ids.map((id) => requirement(id).level);
  return levels.includes('MUST') ? 'MUST' : levels.includes('SHOULD') ? 'SHOULD' : 'MAY';
}

/**
 * A matrix cell or limit row whose rule the docs state but whose answer they do not: `requirements` hold that the
 * request is refused and nothing changes, `answerRequirement` (an inferred SHOULD) the exact status and code.
 */
export interface RuleWithAnswer {
  requirements: string[];
  answerRequirement?: string;
}

/** Every requirement a cell's or row's test proves: the rule's, then the answer's. */
export function provenRequirements(item: RuleWithAnswer): string[] {
  return item.answerRequirement ? [...item.requirements, item.answerRequirement] : item.requirements;
}
