/**
 * Issue 20's mechanisms, proven on whole specs: an environment that breaks only inferred or SHOULD rules, or refuses a
 * transition the docs do not give, is judged on its documented rules all the same (INTERPRETING.md, "The verdict rule").
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import type { Certification } from '../../runner/certification';
import type { RunResults } from '../../runner/run-results';
import { freePort, runConformance } from './run-suite';

test('inferred findings stop no test and block nothing; a refused inferred set-up step makes its tests "not judged here"', async () => {
  const reports = mkdtempSync(join(tmpdir(), 'warnings-'));
  try {
    // refusal-wrong-code answers refused wallet changes with another code (WALLET-STATUS-006, an inferred SHOULD);
    // wallet-close-refused refuses ACTIVE → CLOSED, a transition the suite infers (WALLET-CELL-010).
    const faults = 'refusal-wrong-code,wallet-close-refused';
    const run = await runConformance(reports, { ALLURE_HTML: 'false', SANDBOX_PORT: String(await freePort()), SANDBOX_FAULTS: faults }, ['--certify', 'specs/wallet/update-status.transitions.spec.ts']);
    assert.equal(run.status, 1, run.stderr);
    // ALLURE_HTML=false: every report but the Allure HTML one; the Allure results stay.
    assert.deepEqual([existsSync(join(reports, 'allure-report')), existsSync(join(reports, 'allure-results'))], [false, true]);
    const results: RunResults = JSON.parse(readFileSync(join(reports, 'run-results.json'), 'utf8'));
    const certification: Certification = JSON.parse(readFileSync(join(reports, 'certification', 'certification.json'), 'utf8'));
    const verdict = (id: string) => certification.requirements.find((r) => r.id === id)!.verdict;
    const failed = results.tests.filter((t) => t.outcome === 'failed');

    // Mechanism 2: the EXPIRED cells answer with the wrong code only; they ran to their end and WALLET-STATUS-003 held.
    const expired = failed.filter((t) => t.title.includes('EXPIRED →'));
    assert.ok(expired.length > 5, 'the EXPIRED cells fail on the inferred answer');
    for (const t of expired) assert.equal(t.failure, 'warning', t.title);
    assert.equal(verdict('WALLET-STATUS-003'), 'held');
    assert.deepEqual(certification.warnings.map((w) => w.id).sort(), ['WALLET-STATUS-005', 'WALLET-STATUS-006']);

    // Mechanism 3: every cell from CLOSED is blocked by the refused inferred step, on inference.
    const fromClosed = failed.filter((t) => t.title.includes('CLOSED →'));
    assert.equal(fromClosed.length, 11);
    for (const t of fromClosed) assert.deepEqual([t.failure, t.blockedOnInference], ['blocked', ['WALLET-CELL-010']], t.title);
    // WALLET-STATUS-002 (same status) holds by the other statuses' cells; nothing the faults did blocks the verdict.
    assert.equal(verdict('WALLET-STATUS-002'), 'held');
    // Only what this part of the suite did not run blocks.
    assert.deepEqual(certification.blocking.filter((b) => b.verdict !== 'not-tried'), []);
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
});
