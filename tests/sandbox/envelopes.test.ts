import assert from 'node:assert/strict';
import test from 'node:test';
import { buildSandbox, OPERATIONS } from '../../sandbox/app';
import { sandbox } from './helpers';

const UNREADABLE = {
  type: 'https://www.m2pfintech.com/problem/problem-with-message',
  title: 'Bad Request',
  status: 400,
  detail: 'Unable to convert http message',
  message: 'error.http.400',
};

test('malformed JSON gets the documented 400 problem-with-message, on every operation that takes a body', async () => {
  const api = sandbox();
  // A GET takes no body: there is nothing to be malformed.
  for (const { operationId } of OPERATIONS.filter((operation) => operation.method !== 'GET')) {
    const response = await api.call(operationId, undefined, { raw: '{"entityId": ', params: { entityId: '1' } });
    assert.equal(response.statusCode, 400, operationId);
    assert.deepEqual(response.json(), UNREADABLE, operationId);
  }
});

test('a wrong JSON type or a value outside an enum cannot be read: 400 "Unable to convert http message"', async () => {
  const api = sandbox();
  const wrongType = await api.call('updateCustomerStatus', { entityId: 42, status: 'ACTIVE' });
  assert.deepEqual(wrongType.json(), UNREADABLE);
  const outsideEnum = await api.call('updateCustomerStatus', { entityId: '1', status: 'SLEEPING' });
  assert.deepEqual(outsideEnum.json(), UNREADABLE);
  const notAnObject = await api.call('updateCustomerStatus', undefined, { raw: '[1,2]' });
  assert.deepEqual(notAnObject.json(), UNREADABLE);
});

test('missing, blank and badly formatted fields get a constraint violation with dotted field paths', async () => {
  const api = sandbox();
  const response = await api.call('updateCardPreferences', {
    kit: '1',
    mobile: { value: '12345' },
    userOverridden: { international: { values: [{ type: 'ATM', perTransactionLimit: '5,000' }] } },
  });
  assert.equal(response.statusCode, 400);
  const body = response.json();
  assert.equal(body.type, 'https://www.m2pfintech.com/problem/constraint-violation');
  assert.equal(body.title, 'Method argument not valid');
  assert.equal(body.message, 'error.validation');
  assert.deepEqual(body.fieldErrors.map((e: { field: string }) => e.field).sort(), [
    'mobile.value',
    'userOverridden.international.values[0].perTransactionLimit',
  ]);
  const blank = await api.call('updateCustomerStatus', { entityId: '', status: 'ACTIVE' });
  assert.deepEqual(blank.json().fieldErrors, [{ field: 'entityId', message: 'must not be empty' }]);
  const missing = await api.call('updateCustomerStatus', { status: 'ACTIVE' });
  assert.deepEqual(missing.json().fieldErrors, [{ field: 'entityId', message: 'must not be null' }]);
});

test('both balance operations answer a missing or empty entityId with "entityId: must not be empty"', async () => {
  const api = sandbox();
  for (const operationId of ['fetchCardBalance', 'checkWalletBalance']) {
    for (const body of [{}, { entityId: '' }]) {
      const response = await api.call(operationId, body);
      assert.equal(response.statusCode, 400);
      assert.deepEqual(response.json(), { ...UNREADABLE, detail: 'entityId: must not be empty' });
    }
  }
});

test('success bodies are {result, pagination:null}; alert configurations are bare objects', async () => {
  const api = sandbox();
  const customer = await api.call('createCustomer', {
    firstName: 'A', lastName: 'B', dateOfBirth: '01/01/1990', gender: 'MALE', email: 'a@b.co',
    mobile: { value: '9000000000' }, pan: 'ABCDE1234F', kycType: 'MIN_KYC',
  });
  assert.deepEqual(Object.keys(customer.json()), ['result', 'pagination']);
  assert.equal(customer.json().pagination, null);
  const alert = await api.call('createAlertConfig', { corporateId: 'CORP123', accountNumber: '17568190551480014', alertType: 'CORPORATE_LOW_BALANCE_ALERT', thresholdAmount: 5 });
  assert.equal(alert.json().result, undefined);
  assert.equal(alert.json().thresholdAmount, 5);
});

test('junk input never gets a 5xx or a stack trace, and every answer is JSON', async () => {
  const api = sandbox();
  const junk: string[] = [
    '', ' ', 'null', 'true', '0', '"text"', '[]', '{}', '{"a":', '\u0000', '{"__proto__":{"x":1}}',
    '{"constructor":{"prototype":{"x":1}}}', JSON.stringify({ entityId: 'x'.repeat(100000) }),
    JSON.stringify({ entityId: { nested: [1, 2, { deep: null }] }, status: ['ACTIVE'] }),
    JSON.stringify({ nominees: [null, 1, 'x'] }), JSON.stringify({ userOverridden: { international: { values: [{}] } } }),
    JSON.stringify({ lienAmount: 1e308, type: 'ADD', lienId: 'L', transactionId: 'T', source: 'S', accountNumber: 'A', balanceCheck: true }),
    JSON.stringify({ amount: '9'.repeat(400), entityId: '1', txnRef: 'a', transactionType: 'CREDIT', txnOrigin: 'LOAD' }),
  ];
  for (const { operationId } of OPERATIONS) {
    for (const raw of junk) {
      const response = await api.call(operationId, undefined, { raw, params: { entityId: 'x' }, query: { pageNo: 'x' } });
      assert.ok(response.statusCode < 500, `${operationId} ${raw.slice(0, 40)} → ${response.statusCode} ${response.body}`);
      assert.doesNotMatch(response.body, /at .+\.(ts|js):\d+/, 'no stack trace');
    }
  }
  for (const [method, url] of [['GET', '/nowhere'], ['GET', '/prepaid/customer/v1/customers/fetch'], ['PUT', '/auth/token'], ['POST', '/%E0%A4%A'],
    ['POST', '/prepaid/customer/v1/transactions/status/x'], ['GET', '/prepaid/customer/v1/transactions/status/']] as const) {
    const response = await api.app.inject({ method, url });
    assert.ok(response.statusCode < 500, `${method} ${url} → ${response.statusCode}`);
    assert.match(String(response.headers['content-type']), /^application\/json/);
  }
});

test('a body sent with another Content-Type is still read as JSON', async () => {
  const api = sandbox();
  const response = await api.call('fetchCustomer', undefined, { raw: '{"entityId":"1"}', headers: { 'content-type': 'text/plain' } });
  assert.equal(response.statusCode, 409);
});

test('a request Node refuses before routing (a 64 KiB URL) still gets the problem envelope, not fastify\'s own body', async () => {
  const app = buildSandbox();
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const response = await fetch(`${url}/prepaid/customer/v1/customers/fetch?q=${'a'.repeat(64 * 1024)}`, { method: 'POST', body: '{}' });
    assert.equal(response.status, 431);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await response.json(), {
      type: 'https://www.m2pfintech.com/problem/problem-with-message',
      title: 'Request Header Fields Too Large',
      status: 431,
      detail: 'Request Header Fields Too Large',
      message: 'error.http.431',
    });
  } finally {
    await app.close();
  }
});
