import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'dotenv';
import { buildSandbox } from '../../sandbox/app';
import type { Customer } from '../../sandbox/domain/model';
import { TenantStates } from '../../sandbox/domain/tenant-states';
import { runConformance, runExplore, runRejudge } from './run-suite';

const root = join(import.meta.dirname, '..', '..');

/** Faults that fail customer, profile and usage tests, so that failure messages, attachments and categories are written. */
// lien-not-held gives the exploration below a finding, whose steps carry curl lines.
const FAULTS = ['customer-dob-shifted', 'profile-update-not-saved', 'profile-overwrites-unsent', 'usage-dob-unparsed', 'lien-not-held'];
const SPECS = ['specs/customer', 'specs/test-data', 'specs/contract/tenant-isolation.spec.ts'];

/** One personal value the sandbox holds, and where a leak of it may be told from a coincidence. */
interface Personal {
  kind: string;
  value: string;
}

/** Every personal value of every customer the run made, as the sandbox stored it, in the spellings the API uses. */
function personalValues(states: TenantStates): Personal[] {
  const values: Personal[] = [];
  const add = (kind: string, value: unknown) => {
    if (typeof value === 'string' && value.length >= 4) values.push({ kind, value });
  };
  const dates = (kind: string, iso: string | undefined) => {
    if (!iso) return;
    const [y, m, d] = iso.split('-');
    for (const spelling of [iso, `${d}/${m}/${y}`, `${d}-${m}-${y}`]) add(kind, spelling);
  };
  for (const state of states.all()) {
    for (const customer of state.customers.values() as Iterable<Customer>) {
      add('first name', customer.firstName);
      add('last name', customer.lastName);
      dates('date of birth', customer.dob);
      add('e-mail', customer.email);
      add('PAN', customer.pan);
      add('mobile', customer.mobile?.value);
      add('Aadhaar', customer.aadhaar);
      add('voter ID', customer.voterId);
      for (const address of [customer.permanentAddress, customer.communicationAddress]) {
        add('address line', address?.address1);
        add('address line', address?.address2);
        add('PIN code', address?.pin);
      }
      for (const nominee of customer.nominees) {
        add('nominee name', nominee.name);
        dates('nominee date of birth', typeof nominee.dob === 'string' ? nominee.dob : undefined);
        add('guardian name', nominee.guardian?.name);
      }
    }
  }
  return values;
}

/** Every file under `dir` (none when it does not exist). */
function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * A file's text as a reader could see it: the Allure HTML report embeds its data as base64 (`d("name","…")`), which is
 * decoded and scanned too.
 */
function readable(file: string): string {
  const text = readFileSync(file, 'utf8');
  const embedded = [...text.matchAll(/d\("[^"]*","([A-Za-z0-9+/=]+)"\)/g)].map((m) => Buffer.from(m[1], 'base64').toString('utf8'));
  return [text, ...embedded].join('\n');
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a failing run writes no personal data, token or configured secret into any file it leaves', async () => {
  const states = new TenantStates();
  const sandbox = buildSandbox({ faults: FAULTS, states });
  const baseUrl = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  const reports = mkdtempSync(join(tmpdir(), 'leak-reports-'));
  try {
    const run = await runConformance(reports, { BASE_URL: baseUrl, SHARED_ENVIRONMENT: 'false', SEED: '20261130' }, ['--certify', ...SPECS]);
    assert.equal(run.status, 1, run.stderr);
    // Its recording judged again by the same suite gives the live verdict (npm run rejudge), and every report that writes is scanned too.
    const rejudged = await runRejudge(reports);
    assert.equal(rejudged.status, 0, rejudged.stderr.trim().split('\n').slice(-3).join(' | '));
    // npm run explore into the same folder: its finding's steps, curls and its own Playwright reports are scanned too.
    const explore = await runExplore(reports, { BASE_URL: baseUrl, SHARED_ENVIRONMENT: 'false', SEED: '20261130' }, ['--runs', '100']);
    assert.equal(explore.status, 1, explore.stderr.trim().split('\n').slice(-3).join(' | '));
    const personal = personalValues(states);
    assert.ok(personal.filter((p) => p.kind === 'first name').length > 20, 'the run made customers');
    const configured = parse(readFileSync(join(root, '.env.reference')));
    const secrets = ['CLIENT_SECRET', 'SUPPORT_CLIENT_SECRET', 'SECOND_CLIENT_SECRET', 'EXPIRED_TOKEN'].map((key) => configured[key]).filter(Boolean);
    const artifacts = [...filesUnder(reports), ...filesUnder(join(root, 'test-results'))];
    for (const expected of ['junit.xml', 'results.json', 'run-results.json', 'index.html', 'allure-history.jsonl', 'certification.html', 'exploration.md', 'exploration.json', 'exchanges.jsonl', 'rejudged/rejudged.md', 'rejudged/rejudged.json', 'rejudged/findings.md', 'rejudged/certification/certification.html']) {
      assert.ok(artifacts.some((file) => file.endsWith(expected)), `the run wrote ${expected}`);
    }
    const leaks: string[] = [];
    for (const file of artifacts) {
      const text = readable(file);
      const shown = file.replace(reports, 'reports').replace(root, '.');
      for (const { kind, value } of personal) {
        // Whole words and numbers only: a short name inside another word is not that name.
        if (new RegExp(`(?<![\\w@.-])${escape(value)}(?![\\w-])`).test(text)) leaks.push(`${shown}: a ${kind}`);
      }
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${shown}: a configured secret`);
      if (/eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/.test(text)) leaks.push(`${shown}: a token`);
    }
    assert.deepEqual([...new Set(leaks)], []);
  } finally {
    await sandbox.close();
    rmSync(reports, { recursive: true, force: true });
  }
});
