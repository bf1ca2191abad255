import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { KNOWN_DEVIATION_TAG } from '../../harness/reporting/allure-labels';
import { generateAllureReport } from '../../runner/allure-report';
import { labelAllureResults } from '../../runner/allure-results';

// The report appends each generation to its history file: these tests keep theirs out of reports/.
process.env.ALLURE_HISTORY_PATH = join(mkdtempSync(join(tmpdir(), 'allure-history-')), 'history.jsonl');

/** Writes test result `n` into a results folder, as allure-playwright would. */
function writeResult(results: string, n: number, fields: { name?: string; status: string; message?: string; labels?: { name: string; value: string }[]; steps?: { name: string }[] }) {
  const uuid = `0b7c1f7e-5a3e-4a57-9a4e-7d1c2a0f000${n}`;
  writeFileSync(join(results, `${uuid}-result.json`), JSON.stringify({
    uuid, historyId: `h${n}`, name: fields.name ?? `test ${n}`, fullName: `spec#${n}`, status: fields.status, stage: 'finished',
    start: 1_700_000_000_000, stop: 1_700_000_000_050, statusDetails: fields.message ? { message: fields.message } : {},
    labels: fields.labels ?? [], steps: fields.steps ?? [], attachments: [], parameters: [],
  }));
}

test('the Allure HTML report is generated without Java and calls out to no analytics service', () => {
  const dir = mkdtempSync(join(tmpdir(), 'allure-'));
  const results = join(dir, 'results');
  mkdirSync(results);
  writeResult(results, 1, {
    name: '[CUST-STATUS-002] CREDIT_FREEZE → CREDIT_FREEZE is rejected with PPCUST_032', status: 'passed', labels: [{ name: 'epic', value: 'Customer' }],
  });
  try {
    const index = generateAllureReport(results, join(dir, 'report'));
    assert.ok(existsSync(index));
    assert.doesNotMatch(readFileSync(index, 'utf8'), /googletagmanager|google-analytics|gtag\(|dataLayer/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the report sorts results into the suite\'s categories: known deviations, environment errors, contract and business-rule violations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'allure-'));
  const results = join(dir, 'results');
  mkdirSync(results);
  const result = (n: number, status: string, message?: string, tags: string[] = []) =>
    writeResult(results, n, { status, message, labels: tags.map((value) => ({ name: 'tag', value })) });
  result(1, 'passed', '[WALLET-LIEN-004] expected_outcome: expected 409', [KNOWN_DEVIATION_TAG]);
  result(2, 'failed', 'ENVIRONMENT ERROR: trackCardDelivery answered 502 from a gateway');
  result(3, 'failed', 'markLien → 200:\n[CONTRACT-SCHEMA-001] response_schema_conformance: …');
  result(4, 'failed', 'markLien → 200:\n[WALLET-LIEN-004] expected_outcome: …');
  result(5, 'passed');
  try {
    generateAllureReport(results, join(dir, 'report'));
    // A single-file report carries its data files inside index.html, base64-encoded.
    const embedded = /d\("widgets\/categories\.json","([^"]+)"\)/.exec(readFileSync(join(dir, 'report', 'index.html'), 'utf8'));
    assert.ok(embedded, 'the report embeds no categories');
    const tree = JSON.parse(Buffer.from(embedded[1], 'base64').toString('utf8'));
    const sorted = Object.fromEntries(tree.roots.map((id: string) => [tree.nodes[id].name.split(' (')[0], tree.nodes[id].statistic.total]));
    assert.deepEqual(sorted, { 'Known deviations': 1, 'Environment errors': 1, 'Contract violations': 1, 'Business-rule violations': 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('each generation appends one run to the history file, which the next report reads for trends', () => {
  const dir = mkdtempSync(join(tmpdir(), 'allure-'));
  const results = join(dir, 'results');
  mkdirSync(results);
  writeResult(results, 9, { status: 'passed' });
  const history = join(dir, 'history.jsonl');
  const previous = process.env.ALLURE_HISTORY_PATH;
  process.env.ALLURE_HISTORY_PATH = history;
  try {
    generateAllureReport(results, join(dir, 'report-1'));
    generateAllureReport(results, join(dir, 'report-2'));
    assert.equal(readFileSync(history, 'utf8').trim().split('\n').length, 2);
  } finally {
    process.env.ALLURE_HISTORY_PATH = previous;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a result is labelled from the tags its test declared when the report is built: epic, feature, severity, tags, links and the seed, once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'allure-'));
  try {
    // As allure-playwright writes a test declared with covering(['CUST-STATUS-002'], …): its tag without the `@`.
    writeResult(dir, 1, { name: 'CREDIT_FREEZE → CREDIT_FREEZE is rejected', status: 'passed', labels: [{ name: 'tag', value: 'CUST-STATUS-002' }], steps: [{ name: 'finding: {"id":"F-0000aaaa"}' }, { name: 'exchange: createCustomer 200' }] });
    writeResult(dir, 2, { name: '[CUST-STATUS-002] a title is not read', status: 'passed', labels: [] });
    assert.equal(labelAllureResults(dir, 'seed-1'), 1);
    assert.equal(labelAllureResults(dir, 'seed-1'), 0, 'a labelled folder is not labelled again');
    const [labelled, plain] = ['1', '2'].map((n) => JSON.parse(readFileSync(join(dir, `0b7c1f7e-5a3e-4a57-9a4e-7d1c2a0f000${n}-result.json`), 'utf8')));
    const labels = (name: string) => labelled.labels.filter((l: { name: string }) => l.name === name).map((l: { value: string }) => l.value);
    assert.deepEqual([labels('epic'), labels('severity'), labels('tag')], [['Customer'], ['critical'], ['CUST-STATUS-002']]);
    assert.equal(labels('feature').length, 1);
    assert.ok(labelled.links.length > 0);
    assert.deepEqual(labelled.parameters, [{ name: 'seed', value: 'seed-1', excluded: true }]);
    assert.deepEqual(labels('story'), ['business rule']);
    assert.deepEqual(labelled.steps.map((s: { name: string }) => s.name), ['exchange: createCustomer 200'], 'a finding\'s annotation is no step');
    assert.deepEqual(plain.labels, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
