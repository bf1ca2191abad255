import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as playwrightTest from '@playwright/test';
import { fixtureRoot } from '../../harness/environment/fixture-root';

test("the suite's fixtures extend Playwright's root test type, not its browser test (else every test pays some sixty fixture steps)", () => {
  assert.ok(playwrightTest._baseTest, 'this Playwright no longer exports _baseTest: the suite falls back to test, and each test sets up the browser fixtures again');
  assert.equal(fixtureRoot, playwrightTest._baseTest);
});
