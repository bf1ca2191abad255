import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ConfigError } from '../../harness/environment/env';
import { deviationFor, expectationsPath, loadExpectations, readCheckedExpectations } from '../../harness/profile/expectations';
import { points } from '../../harness/verdicts/interpretations';

const known = new Set(['CUST-CELL-031', 'CUST-STATUS-003']);

function withFile(text: string, run: (path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'expectations-'));
  try {
    const path = join(dir, 'sandbox.json');
    writeFileSync(path, text);
    run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const deviations = (list: unknown[]) => JSON.stringify({ environment: 'sandbox', deviations: list });

test('the file is expectations/<environment>.json unless EXPECTATIONS_FILE names one', () => {
  assert.match(expectationsPath({ environment: 'sandbox' }, {}), /expectations\/sandbox\.json$/);
  assert.equal(expectationsPath({ environment: 'sandbox' }, { EXPECTATIONS_FILE: '/x/y.json' }), '/x/y.json');
});

test('an environment without a file has no known deviation, and its profile leaves every interpretation point open', () => {
  assert.deepEqual(loadExpectations('/nonexistent/expectations.json', known), { interpretations: {}, confirms: [], deviations: [] });
});

const profile = (extra: object) => JSON.stringify({ environment: 'sandbox', deviations: [], ...extra });

test('a profile picks one documented side per interpretation point; an unknown point or side is one line naming both', () => {
  withFile(profile({ interpretations: { 'error-code-key': 'business.code' }, confirms: ['CUST-STATUS-003'] }), (path) => {
    const read = loadExpectations(path, known);
    assert.deepEqual(read.interpretations, { 'error-code-key': 'business.code' });
    assert.deepEqual(read.confirms, ['CUST-STATUS-003']);
    assert.deepEqual(readCheckedExpectations(path), read);
  });
  withFile(profile({ interpretations: { 'error-code-keys': 'businessCode' } }), (path) => {
    assert.throws(() => loadExpectations(path, known), (error: Error) => error instanceof ConfigError && /sandbox\.json: interpretations: error-code-keys is no interpretation point \(known: error-code-key, /.test(error.message));
  });
  withFile(profile({ interpretations: { 'error-code-key': 'business_code' } }), (path) => {
    assert.throws(() => loadExpectations(path, known), /sandbox\.json: interpretations: error-code-key has no side "business_code" \(sides: businessCode, business\.code\)$/);
  });
  withFile(profile({ confirms: ['CUST-STATUS-099'] }), (path) => {
    assert.throws(() => loadExpectations(path, known), /sandbox\.json: confirms CUST-STATUS-099, which is no requirement ID$/);
  });
});

test("the reference sandbox's profile picks the reference side of every point", () => {
  const { interpretations } = loadExpectations(expectationsPath({ environment: 'reference' }, {}), known);
  assert.deepEqual(interpretations, Object.fromEntries([...points().values()].map((p) => [p.id, p.reference])));
});

test('a deviation without a reason is one line naming the file and where', () => {
  withFile(deviations([{ id: 'CUST-CELL-031' }]), (path) => {
    assert.throws(() => loadExpectations(path, known), (error: Error) => error instanceof ConfigError && /sandbox\.json: \/deviations\/0 must have required property 'reason'$/.test(error.message));
  });
});

test('an ID that is neither a cell nor a requirement is refused: a typo would excuse nothing, silently', () => {
  withFile(deviations([{ id: 'CUST-CELL-931', reason: 'the platform keeps CLOSED open, ticket PLAT-12' }]), (path) => {
    assert.throws(() => loadExpectations(path, known), /CUST-CELL-931 is neither a requirement, a matrix cell nor a limit row ID/);
  });
});

test('an expiry that is not a date is refused', () => {
  withFile(deviations([{ id: 'CUST-CELL-031', reason: 'the platform keeps CLOSED open', expires: 'next week' }]), (path) => {
    assert.throws(() => loadExpectations(path, known), /\/deviations\/0\/expires must match format "date"/);
  });
});

test('a deviation applies to the tests whose title names its cell or requirement, until its expiry day', () => {
  withFile(
    deviations([
      { id: 'CUST-CELL-031', reason: 'the platform keeps CLOSED open, ticket PLAT-12' },
      { id: 'CUST-STATUS-003', reason: 'terminal statuses are not enforced yet', expires: '2026-12-01' },
    ]),
    (path) => {
      const expectations = loadExpectations(path, known);
      assert.deepEqual(readCheckedExpectations(path), expectations, 'a worker reads what the main process checked');
      const cell = ['CUST-CELL-031', 'CUST-STATUS-006'];
      const terminal = ['CUST-CELL-100', 'CUST-STATUS-003'];
      assert.equal(deviationFor(cell, expectations, '2026-11-25')?.id, 'CUST-CELL-031');
      assert.equal(deviationFor(terminal, expectations, '2026-11-30')?.id, 'CUST-STATUS-003');
      assert.equal(deviationFor(terminal, expectations, '2026-12-01'), undefined, 'expired on its expiry day');
      assert.equal(deviationFor(['CUST-CELL-032', 'CUST-STATUS-006'], expectations, '2026-11-25'), undefined);
    },
  );
});

test('the reference sandbox has no known deviation', () => {
  assert.deepEqual(loadExpectations(expectationsPath({ environment: 'reference' }, {}), known).deviations, []);
});

// Entries that name an operation excuse one contract check's findings there (harness/verdicts/contract-deviations.ts).
const withContract = new Set([...known, 'CONTRACT-BC-001', 'CUST-PROFILE-002']);
const bcOnTracking = { id: 'CONTRACT-BC-001', operation: 'trackCardDelivery', status: 409, reason: 'PP_CORP_002 not yet in the docs, TICKET-12', expires: '2027-03-01' };

test('an entry may name a contract check requirement with an operation and a status, and never excuses a whole test', () => {
  withFile(deviations([bcOnTracking]), (path) => {
    const expectations = loadExpectations(path, withContract);
    assert.deepEqual(expectations.deviations, [bcOnTracking]);
    assert.deepEqual(readCheckedExpectations(path), expectations);
    assert.equal(deviationFor(['CONTRACT-BC-001'], expectations, '2026-12-01'), undefined);
  });
});

test('an operation the contract does not have is one line naming the file and the entry', () => {
  withFile(deviations([{ ...bcOnTracking, operation: 'trackCardDeliveries' }]), (path) => {
    assert.throws(() => loadExpectations(path, withContract), (error: Error) => error instanceof ConfigError && /sandbox\.json: CONTRACT-BC-001 on trackCardDeliveries: trackCardDeliveries is no operationId of openapi\/m2p-prepaid-v2\.json$/.test(error.message));
  });
});

test('an entry with an operation names the requirement of a check of every exchange: business rules are excused by title', () => {
  withFile(deviations([{ ...bcOnTracking, id: 'CUST-PROFILE-002', operation: 'updateCustomer' }]), (path) => {
    assert.throws(() => loadExpectations(path, withContract), (error: Error) => error instanceof ConfigError && /sandbox\.json: CUST-PROFILE-002 on updateCustomer: an entry with an operation names the requirement of a check of every exchange \(CONTRACT-STATUS-001, .*CONTRACT-BC-001.*\)$/.test(error.message));
  });
});

test('a status without an operation is refused: it would narrow nothing', () => {
  withFile(deviations([{ id: 'CUST-STATUS-003', status: 409, reason: 'terminal statuses are not enforced yet' }]), (path) => {
    assert.throws(() => loadExpectations(path, known), (error: Error) => error instanceof ConfigError && /sandbox\.json: \/deviations\/0 must have property operation when property status is present$/.test(error.message));
  });
});
