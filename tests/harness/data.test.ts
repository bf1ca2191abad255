import assert from 'node:assert/strict';
import test from 'node:test';
import { DataFactory, type IssuedCard, seededFaker, testSeed } from '../../harness/data/data';
import { loadTarget } from '../../harness/environment/env';
import { INDIAN_STATES } from '../../harness/data/indian-states';
import { schemas } from '../../harness/contract/schema-registry';

const target = loadTarget({ env: { SEED: 'fixed' } });
const factory = (seed = 1) => new DataFactory(seededFaker(seed), target);

const card = (f: DataFactory): IssuedCard => ({
  customer: { entityId: '615928980000000123251125', customerId: '990000001', body: f.newCustomerBody() },
  applicationNumber: 'APP-1',
  kitNo: '900000001',
  accountId: '17587810000000001',
  currency: 'INR',
  maskedCardNumber: '4111XXXXXXXX1111',
  cardStatus: 'ACTIVE',
});

function assertValid(operationId: string, body: unknown) {
  const verdict = schemas().validateRequest(operationId, body);
  assert.ok(verdict, `${operationId} has a request schema`);
  assert.deepEqual(verdict.errors, [], `${operationId}: ${JSON.stringify(body)}`);
}

test('the per-test seed depends on the run seed and the title path, and only on them', () => {
  assert.equal(testSeed('run', ['a.spec.ts', 'title']), testSeed('run', ['a.spec.ts', 'title']));
  assert.notEqual(testSeed('run', ['a.spec.ts', 'title']), testSeed('run2', ['a.spec.ts', 'title']));
  assert.notEqual(testSeed('run', ['a.spec.ts', 'title']), testSeed('run', ['a.spec.ts', 'other']));
});

test('the same seed gives the same customer (a failure replays)', () => {
  assert.deepEqual(factory(7).newCustomerBody(), factory(7).newCustomerBody());
  assert.notDeepEqual(factory(7).newCustomerBody(), factory(8).newCustomerBody());
});

test('a customer\'s PAN is its own even when the seed repeats: a replay, or a run beside one with the same seed, meets no customer of theirs', () => {
  const pans = [factory(7).uniquePan(), factory(7).uniquePan(), factory(7).uniquePan()];
  assert.equal(new Set(pans).size, pans.length);
  for (const pan of pans) assert.match(pan, /^[A-Z]{3}P[A-Z][0-9]{4}[A-Z]$/);
});

test('every body the factory builds is valid by the contract, for many seeds', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const f = factory(seed);
    const c = card(f);
    assertValid('createCustomer', f.newCustomerBody());
    assertValid('issueCard', f.issueCardBody(c.customer));
    assertValid('loadWallet', f.transaction(c, { amount: '1250.50' }));
    assertValid('loadWallet', f.transaction(c, { amount: '100.01', transactionType: 'DEBIT', txnOrigin: 'POS' }));
    assertValid('markLien', f.lien(c, { type: 'ADD', lienAmount: 400 }));
    assertValid('activateCard', f.activation(c));
    assertValid('updateCardStatus', f.cardStatus(c, 'LOCKED'));
    assertValid('updateCardPreferences', f.preferences(c, { international: [{ type: 'ATM', maxTransaction: '5' }] }));
    assertValid('updateNominee', { nominees: [f.nominee({ percentShare: 60 }), f.nominee({ percentShare: 40 })] });
    assertValid('createAlertConfig', f.alertConfigBody());
    assertValid('fetchAlertConfig', f.alertConfigKey());
    assertValid('updateCustomerStatus', { entityId: f.unknownEntityId(), status: 'LOCKED' });
    assertValid('getUsageDetails', { pan: f.unknownPan() });
    assertValid('trackCardDelivery', { kitNo: f.unknownKitNo() });
  }
});

test('Indian data: PAN, Aadhaar, mobile, PIN code, state, reserved email domain', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const body = factory(seed).newCustomerBody();
    assert.match(body.pan, /^[A-Z]{3}P[A-Z][0-9]{4}[A-Z]$/);
    assert.match(body.aadhaar, /^[2-9][0-9]{11}$/);
    assert.match(body.mobile.value, /^[6-9][0-9]{9}$/);
    assert.match(body.address.pin, /^[1-9][0-9]{5}$/);
    assert.ok(INDIAN_STATES.includes(body.address.state));
    assert.match(body.email, /@example\.com$/);
    assert.match(body.dateOfBirth, /^(0[1-9]|[12][0-9]|3[01])\/(0[1-9]|1[0-2])\/(19|20)[0-9]{2}$/);
  }
});

test('unique identifiers and names never repeat, and unknown IDs are shaped like real ones', () => {
  const f = factory();
  const ids = new Set(Array.from({ length: 200 }, () => f.uniqueId('TXN')));
  assert.equal(ids.size, 200);
  assert.ok([...ids].every((id) => /^[A-Za-z0-9-]+$/.test(id)), 'txnRef pattern');
  const names = new Set(Array.from({ length: 50 }, () => f.uniqueName()));
  assert.equal(names.size, 50);
  assert.ok([...names].every((n) => /^[A-Za-z' -]+$/.test(n)), 'letters only');
  assert.match(f.unknownEntityId(), /^0[0-9]{23}$/);
  assert.match(f.unknownKitNo(), /^0[0-9]{8}$/);
});

test('creating data needs a client; building bodies does not', () => {
  return assert.rejects(() => factory().customer(), /no API client/);
});
