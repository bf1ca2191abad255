/**
 * What a test covers, stated once, as data: its requirement IDs and, when it runs one, the matrix cell or limit row.
 * `covering` turns the statement into the test's title and its Playwright details; every reader (Allure labels, known
 * deviations, run results, coverage, the proof) reads the details back with `declaredIds`, never the title's text.
 *
 * The IDs are Playwright tags, so `--grep @CUST-STATUS-002` selects a test and allure-playwright writes them as Allure
 * tags; the title says the behaviour alone, so a console line, a JUnit name and an Allure title show each ID once.
 */
import type { TestDetails } from '@playwright/test';
import { annotation } from './annotations';
import { requirement, type Story } from './requirements';

export interface Coverage {
  /** Requirement IDs of fixtures/requirements.json; an unknown one stops the run when the spec loads. */
  requirements: readonly string[];
  /** The matrix cell or limit row the test runs, which known deviations and the matrix reports name. */
  case?: string;
  /** The operation, where no requirement names one (a contract rule tried on every operation). */
  operation?: string;
  /** The aspect, where the test's expected outcome decides it rather than its requirement (a cell, a limit row). */
  story?: Story;
}

/**
 * The title and details of a test that covers `coverage`; spread into `test(…)`.
 * @example test(...covering(['CARD-ACTIVATE-001'], 'a newly issued card activates'), async ({ data }) => { … });
 * // title 'a newly issued card activates', tag '@CARD-ACTIVATE-001'
 */
export function covering(coverage: Coverage | readonly string[], text: string): [title: string, details: TestDetails] {
  const stated: Coverage = Array.isArray(coverage) ? { requirements: coverage } : (coverage as Coverage);
  if (stated.requirements.length === 0) throw new Error(`the test "${text}" names no requirement ID`);
  for (const id of stated.requirements) requirement(id);
  const ids = [...(stated.case ? [stated.case] : []), ...stated.requirements];
  const tags = ids.map((id) => `@${id}`);
  const annotations = [
    // Playwright's JUnit report shows annotations as properties but not tags: this one gives a CI the tags there too.
    annotation('tags', tags.join(' ')),
    ...(stated.operation ? [annotation('allure.label.operation', stated.operation)] : []),
    ...(stated.story ? [annotation('allure.label.story', stated.story)] : []),
  ];
  return [text, { tag: tags, annotation: annotations }];
}

/** The aspect a test's expected HTTP status says: an answer, a validation failure, or a refusal by a rule. */
export function storyOfStatus(status: number): Story {
  if (status >= 200 && status < 300) return 'success';
  return status === 400 ? 'validation' : 'business rule';
}

/**
 * The IDs a test declared, case first, from its tags as Playwright (`testInfo.tags`, a JSON report's `tags`) or
 * Allure (tag labels, without the `@`) gives them. Tags that are no ID of ours (an `inferred` label) are left out.
 */
export function declaredIds(tags: readonly string[]): string[] {
  return tags.map((tag) => tag.replace(/^@/, '')).filter((tag) => /^[A-Z][A-Z0-9-]*-[0-9]{3}$/.test(tag));
}

/**
 * How run results and the regression diff name a test: its IDs in brackets, then its title. Titles read so until the IDs
 * moved to tags alone, so a run made before that compares test by test with one made after.
 * @example reportName(['CARD-ACTIVATE-001'], 'a newly issued card activates') // '[CARD-ACTIVATE-001] a newly issued card activates'
 */
export function reportName(ids: readonly string[], title: string): string {
  return [...ids.map((id) => `[${id}]`), title].join(' ');
}

/** The report name of a declaration `covering` returned (its IDs from its tags). */
export function declaredName([title, details]: [title: string, details: TestDetails]): string {
  return reportName(declaredIds([details.tag ?? []].flat()), title);
}

