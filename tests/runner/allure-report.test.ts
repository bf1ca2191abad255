import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { generateAllureReport } from '../../runner/allure-report';

test('the Allure HTML report is generated without Java and calls out to no analytics service', () => {
  const dir = mkdtempSync(join(tmpdir(), 'allure-'));
  const results = join(dir, 'results');
  mkdirSync(results);
  const uuid = '0b7c1f7e-5a3e-4a57-9a4e-7d1c2a0f0001';
  writeFileSync(
    join(results, `${uuid}-result.json`),
    JSON.stringify({
      uuid, historyId: 'h1', name: '[CUST-STATUS-002] CREDIT_FREEZE → CREDIT_FREEZE is rejected with PPCUST_032',
      fullName: 'customer/update-status.spec.ts#CUST-STATUS-002', status: 'passed', stage: 'finished',
      start: 1_700_000_000_000, stop: 1_700_000_000_050, labels: [{ name: 'epic', value: 'Customer' }],
      steps: [], attachments: [], parameters: [],
    }),
  );
  try {
    const index = generateAllureReport(results, join(dir, 'report'));
    assert.ok(existsSync(index));
    assert.doesNotMatch(readFileSync(index, 'utf8'), /googletagmanager|google-analytics|gtag\(|dataLayer/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
