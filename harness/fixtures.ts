/**
 * The suite's Playwright fixtures. Worker scope: the project's target, Playwright's API request context and the token
 * caches (one token per credential set per environment per worker). Test scope: the test's target and its tokens,
 * recording clients for each identity, the seeded data factory, and an automatic fixture that judges every exchange a
 * test did not verify itself and attaches the masked exchange log of a failed test.
 */
import type { Faker } from '@faker-js/faker';
import { type APIRequestContext, request } from '@playwright/test';
import { labelKnownDeviation } from './reporting/allure-labels';
import { TokenCache } from './environment/auth';
import { annotate } from './reporting/annotations';
import { breakerTripped } from './environment/circuit-breaker';
import { ApiClient, ExchangeLog } from './environment/client';
import { setCurrentExchanges } from './environment/current-test';
import { declaredIds } from './reporting/covers';
import { useDeviations } from './verdicts/contract-deviations';
import { DataFactory, seededFaker, seedOfTest } from './data/data';
import { loadTarget, type Target } from './environment/env';
import { noteOf } from './reporting/exchange-note';
import { recordExchanges } from './reporting/exchange-recording';
import { routedUrl } from './environment/test-routes';
import { deviationFor, type Expectations, expectationsPath, readCheckedExpectations } from './profile/expectations';
import { today } from './verdicts/deviation';
import { fixtureRoot } from './environment/fixture-root';
import type { CellClients } from './matrices/transitions';
import type { Finding } from './reporting/findings';
import { useProfile } from './verdicts/interpretations';
import { keepWorker } from './environment/kept-worker';
import { maskExchange } from './reporting/mask';
import { ConformanceError, isVerified, verdictOn } from './verdicts/verify';
import { takeDeferredWarnings, useConfirms, WARNINGS_ONLY_MESSAGE } from './verdicts/warnings';

export interface WorkerFixtures {
  /** The environment under test as the worker's project names it (see harness/environment/env.ts). */
  projectTarget: Target;
  /** Playwright's API request context of this worker, shared by its tests (see the fixture for why). */
  http: APIRequestContext;
  /** Bearer tokens of this worker, a cache per environment URL. */
  tokenCaches: Map<string, TokenCache>;
  /** The target's known deviations (expectations/<environment>.json), checked before the run by runner/preflight.ts. */
  expectations: Expectations;
}

export interface TestFixtures {
  /** The environment under test: the project's, or the test's own where the project routes it (harness/environment/test-routes.ts). */
  target: Target;
  /** Bearer tokens of this worker for the test's environment. */
  tokens: TokenCache;
  /** Every exchange of the test, across its clients. */
  exchangeLog: ExchangeLog;
  /** The partner of the tenant under test. */
  api: ApiClient;
  /** The support role of the same tenant; the test is skipped, with the reason, when it is not configured. */
  supportApi: ApiClient;
  /** A partner of another tenant, for tenant isolation; skipped like supportApi. */
  secondTenantApi: ApiClient;
  /** What a matrix cell needs: the data factory, the partner, and the support role when configured (never skips). */
  cellClients: CellClients;
  /** Faker seeded for this test. */
  faker: Faker;
  /** Bodies and test data for this test. */
  data: DataFactory;
  /**
   * Automatic: a known deviation of the target makes the test an expected failure;
   * then judges unverified exchanges and attaches the log of a failed test.
   */
  conformance: void;
}

/**
 * Our fixtures are no steps of their own: Playwright records a step (with a captured stack) for each fixture's set-up
 * and teardown of every test, which cost more than the test's exchanges. Failures inside them still name the fixture.
 */
const BOXED = { box: 'self' } as const;

export const test = fixtureRoot.extend<TestFixtures, WorkerFixtures>({
  projectTarget: [
    async ({}, use, workerInfo) => {
      // The configuration gives each project the target's URL; a project may name another, as the proof's batched
      // runs do (tests/suite/batch.config.ts: a fault alone is a project against a reference sandbox of its own; a lane's
      // project routes each of its tests, see `target`).
      const target = loadTarget();
      const projectUrl = workerInfo.project.use.baseURL;
      await use(projectUrl ? { ...target, baseUrl: withoutTrailingSlash(projectUrl) } : target);
    },
    { scope: 'worker', ...BOXED },
  ],
  target: [
    async ({ projectTarget }, use, testInfo) => {
      const url = routedUrl(testInfo);
      await use(url ? { ...projectTarget, baseUrl: withoutTrailingSlash(url) } : projectTarget);
    },
    BOXED,
  ],
  // One context per worker, not Playwright's per-test `request` fixture: a context per test cost more than the test's
  // exchanges (creation, disposal and trace hooks, each a Playwright call), and kept no connection from one test to
  // the next, which a partner's client does. The API authenticates by bearer token; the suite sends no cookies.
  http: [
    async ({}, use) => {
      const context = await request.newContext();
      await use(context);
      await context.dispose();
    },
    { scope: 'worker', ...BOXED },
  ],
  tokenCaches: [
    async ({}, use) => {
      await use(new Map());
    },
    { scope: 'worker', ...BOXED },
  ],
  tokens: [
    async ({ http, target, tokenCaches }, use) => {
      let tokens = tokenCaches.get(target.baseUrl);
      if (!tokens) tokenCaches.set(target.baseUrl, (tokens = new TokenCache(http, target)));
      await use(tokens);
    },
    BOXED,
  ],
  expectations: [
    async ({ projectTarget }, use) => {
      const expectations = readCheckedExpectations(expectationsPath(projectTarget));
      // The checks and specs of this worker hold the target to the sides its profile picks.
      useProfile(expectations.interpretations);
      // Its entries that name an operation excuse contract findings there, in verify and below, not whole tests.
      useDeviations(expectations);
      // The inferred requirements its owners confirmed stop a test like documented ones (harness/verdicts/warnings.ts).
      useConfirms(expectations.confirms);
      await use(expectations);
    },
    { scope: 'worker', ...BOXED },
  ],
  exchangeLog: [
    async ({}, use) => {
      const log = new ExchangeLog();
      setCurrentExchanges(log.exchanges);
      await use(log);
      setCurrentExchanges([]);
    },
    BOXED,
  ],
  api: [
    async ({ http, target, tokens, exchangeLog }, use) => {
      await use(new ApiClient(http, target, tokens, target.partner, exchangeLog));
    },
    BOXED,
  ],
  supportApi: [
    async ({ http, target, tokens, exchangeLog }, use, testInfo) => {
      testInfo.skip(!target.support, supportMissing(target));
      await use(new ApiClient(http, target, tokens, target.support!, exchangeLog));
    },
    BOXED,
  ],
  secondTenantApi: [
    async ({ http, target, tokens, exchangeLog }, use, testInfo) => {
      testInfo.skip(
        !target.secondTenant,
        `needs a second tenant: set SECOND_TENANT_ID, SECOND_CLIENT_ID and SECOND_CLIENT_SECRET in ${target.envFile}`,
      );
      await use(new ApiClient(http, target, tokens, target.secondTenant!, exchangeLog));
    },
    BOXED,
  ],
  cellClients: [
    async ({ http, target, tokens, exchangeLog, api, data }, use) => {
      // Only some cells need the support role; the cell itself skips, with this reason, when it does and there is none.
      const support = target.support && new ApiClient(http, target, tokens, target.support, exchangeLog);
      await use({ data, partner: api, support, withoutSupport: supportMissing(target) });
    },
    BOXED,
  ],
  faker: [
    async ({ target }, use, testInfo) => {
      await use(seededFaker(seedOfTest(target.seed, testInfo)));
    },
    BOXED,
  ],
  data: [
    async ({ faker, target, api }, use) => {
      await use(new DataFactory(faker, target, api));
    },
    BOXED,
  ],
  conformance: [
    async ({ exchangeLog, target, expectations }, use, testInfo) => {
      // The environment is plainly down (harness/environment/circuit-breaker.ts): the test is not run, and says why.
      const notRun = breakerTripped();
      if (notRun) annotate(testInfo, 'not-run', notRun);
      testInfo.skip(notRun !== undefined, notRun);
      // Epic, feature, severity and links are added when the report is built (runner/allure-results.ts).
      const deviation = deviationFor(declaredIds(testInfo.tags), expectations, today());
      // Expected to fail while the deviation holds; Playwright reports it when it passes after all.
      if (deviation) await labelKnownDeviation(deviation.id, deviation.reason);
      if (deviation) testInfo.fail(true, `known deviation of ${target.environment} (${deviation.id}, ${expectations.file}): ${deviation.reason}`);
      await use();
      // What each exchange answered, for the coverage and regression reports built from the run (no bodies: no personal data).
      for (const exchange of exchangeLog.exchanges) annotate(testInfo, 'exchange', noteOf(exchange));
      // The evidence itself, masked, for reports/exchanges.jsonl (an auditor, npm run rejudge).
      recordExchanges({ titlePath: testInfo.titlePath, ids: declaredIds(testInfo.tags), project: testInfo.project.name }, exchangeLog.exchanges);
      // Every exchange meets the contract, whether or not the test verified it: judge the ones it did not.
      const failures: string[] = [];
      const allFindings: Finding[] = [];
      const warnings = takeDeferredWarnings(testInfo);
      for (const exchange of exchangeLog.exchanges.filter((e) => !isVerified(e))) {
        const verdict = verdictOn(exchange, undefined, testInfo);
        if (!verdict) continue;
        if (verdict.warningsOnly) {
          warnings.push(verdict.message);
          continue;
        }
        // Environment errors first: a person, and Allure's categories, read a failure's first line.
        if (verdict.findings[0].kind === 'environment') failures.unshift(verdict.message);
        else failures.push(verdict.message);
        allFindings.push(...verdict.findings);
      }
      // Warnings fail a test only when nothing else did, so that its failure says what it is (harness/verdicts/warnings.ts).
      const passedOtherwise = testInfo.status === testInfo.expectedStatus && failures.length === 0;
      if (passedOtherwise && warnings.length > 0) {
        annotate(testInfo, 'warnings-only', String(warnings.length));
        failures.push([WARNINGS_ONLY_MESSAGE, ...warnings].join('\n'));
      }
      const failed = testInfo.status !== testInfo.expectedStatus || failures.length > 0;
      if (failed) {
        await testInfo.attach('exchanges.json', {
          contentType: 'application/json',
          body: JSON.stringify(exchangeLog.exchanges.map(maskExchange), null, 2),
        });
      }
      keepWorker(testInfo, failed);
      if (failures.length > 0) throw new ConformanceError(failures.join('\n'), allFindings);
    },
    { auto: true, ...BOXED },
  ],
});

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/** Why a test that needs the support role is skipped. */
function supportMissing(target: Target): string {
  return `needs support-role credentials: set SUPPORT_CLIENT_ID and SUPPORT_CLIENT_SECRET in ${target.envFile}`;
}
