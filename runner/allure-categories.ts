/**
 * How Allure sorts results: a known deviation of the environment apart (its tests pass as expected failures, tagged
 * by harness/allure-labels.ts), then failures: an environment that could not answer, a contract violation, a
 * business-rule violation, and last whatever names no requirement (a defect of the suite). The messages are written
 * by harness/verify.ts (environment errors say "ENVIRONMENT ERROR:", each finding starts with its requirement ID in
 * brackets). The rules live in allure-categories.json, which allurerc.mjs (the Allure 3 report) reads too.
 */
import categories from './allure-categories.json' with { type: 'json' };

export const allureCategories = categories;
