import assert from 'node:assert/strict';
import test from 'node:test';
import { buildSandbox } from '../../sandbox/app';
import { documentedAnswers } from '../../sandbox/latitude/documented-answers';
import { KEPT } from '../../sandbox/latitude/kept';
import { Latitude, type LatitudeLine } from '../../sandbox/latitude/latitude';
import { ADDED_FIELD, loosen } from '../../sandbox/latitude/rewrites';
import { Api } from './helpers';

/** A sandbox in latitude mode, its answers unchecked against the full contract (they are meant to leave it), and what it rewrote. */
function latitudeSandbox(seed: number, faults: string[] = []) {
  const lines: LatitudeLine[] = [];
  const api = new Api(buildSandbox({ faults, latitude: { seeds: [seed], record: (line) => lines.push(line) } }), false);
  return { api, lines };
}

test('every answer of latitude mode is one the documented schema of its operation and status accepts', async () => {
  const { api, lines } = latitudeSandbox(7);
  const customer = await api.customer();
  for (const [operationId, body] of [
    ['fetchCustomer', { entityId: customer.entityId }],
    ['searchCustomers', { searchType: 'ENTITY_ID', value: customer.entityId, tenant: 'ACME_CORP' }],
    ['fetchCustomer', { entityId: 'nobody' }],
    ['updateCustomerStatus', { entityId: customer.entityId }],
  ] as const) {
    const response = await api.call(operationId, body);
    assert.equal(documentedAnswers().accepts(operationId, response.statusCode, response.json()), true, `${operationId} ${response.statusCode}: ${response.body}`);
  }
  assert.ok(lines.some((line) => line.made.length > 0), 'some answer was rewritten');
});

test('a seed replays: the same calls get the same answers, and another seed answers otherwise', async () => {
  const answers = async (seed: number) => {
    const { api } = latitudeSandbox(seed);
    const customer = await api.customer();
    return (await api.call('fetchCustomer', { entityId: customer.entityId })).json();
  };
  const [first, again] = [await answers(1), await answers(1)];
  // The sandbox makes new IDs per sandbox: compare the shapes.
  const shape = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(shape) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
  assert.deepEqual(shape(again), shape(first));
  const others = await Promise.all([2, 3, 4, 5].map(answers));
  assert.ok(others.some((other) => JSON.stringify(shape(other)) !== JSON.stringify(shape(first))), 'four other seeds all answered like seed 1');
});

test('a kept field is never dropped nor respelt, whatever the seed', async () => {
  assert.ok(KEPT.some((k) => k.operation === 'createCustomer' && k.path === '/result/entityId'));
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const { api, lines } = latitudeSandbox(seed);
    const customer = await api.customer();
    assert.equal(typeof customer.entityId, 'string', `seed ${seed}`);
    const created = lines.filter((line) => line.operation === 'createCustomer').flatMap((line) => line.made.map((r) => r.path));
    assert.deepEqual(created.filter((path) => ['/result', '/result/entityId', '/result/customerId'].includes(path)), [], `seed ${seed}`);
  }
});

test('a rewrite the documented schema refuses is undone and noted as refused', () => {
  const body = { result: { message: 'ok' }, pagination: null };
  // Stand-in schema: result and its message are required, no field may be added to result.
  const accepts = () => typeof body.result?.message === 'string' && Object.keys(body.result).length === 1 && 'pagination' in body;
  const { made, refused } = loosen('stand-in', body, accepts, () => true);
  assert.deepEqual(body, { result: { message: 'ok' }, pagination: null, [ADDED_FIELD]: 'not named by the contract' });
  assert.deepEqual(made, [{ kind: 'add', path: `/${ADDED_FIELD}` }]);
  assert.deepEqual(refused.map((r) => `${r.kind} ${r.path}`), ['drop /result', 'drop /result/message', `add /result/${ADDED_FIELD}`, 'drop /pagination']);
});

test('an answer a planted fault broke is left as the fault made it', async () => {
  const { api, lines } = latitudeSandbox(1, ['drop-pagination']);
  const customer = await api.customer();
  const response = await api.call('searchCustomers', { searchType: 'ENTITY_ID', value: customer.entityId, tenant: 'ACME_CORP' });
  assert.equal('pagination' in response.json(), false);
  assert.equal(lines.filter((line) => line.operation === 'searchCustomers').length, 0);
});

test("with several seeds, each client's accepted tokens take the seeds in turn, and an answer without one the first", () => {
  const latitude = new Latitude({ seeds: [1, 2, 3] });
  const seeds = [
    latitude.seedFor('partner-a', 'partner'),
    latitude.seedFor('partner-b', 'partner'),
    latitude.seedFor('support-a', 'support'),
    latitude.seedFor('partner-a', 'partner'),
    latitude.seedFor('forged', undefined),
    latitude.seedFor(undefined, undefined),
    latitude.seedFor('partner-c', 'partner'),
    latitude.seedFor('partner-d', 'partner'),
  ];
  assert.deepEqual(seeds, [1, 2, 1, 1, 1, 1, 3, 1]);
});
