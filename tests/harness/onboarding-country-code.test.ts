import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useProfile } from '../../harness/verdicts/interpretations';
import { countryCodeAccepted, countryCodeTries } from '../../harness/data/onboarding-country-code';

// The module keeps the side a worker saw each environment accept; each test below sets the profile it needs and runs in order.
const HERE = 'http://sandbox.test';
const spelt = (environment = HERE) => countryCodeTries(environment).map((t) => `${t.side}:${JSON.stringify(t.countryCode)}`);

test('with no side picked, createCustomer is sent the number 91 first and the guide\'s "+91" after a refusal', () => {
  useProfile({}, {});
  assert.deepEqual(spelt(), ['integer:91', 'plus-string:"+91"']);
});

test('once the environment accepted "+91", the worker sends it first', () => {
  useProfile({}, {});
  countryCodeAccepted(HERE, 'plus-string');
  assert.deepEqual(spelt(), ['plus-string:"+91"', 'integer:91']);
});

test('what one environment accepted changes nothing sent to another (a worker of the proof serves many sandboxes)', () => {
  useProfile({}, {});
  assert.deepEqual(spelt('http://other.test'), ['integer:91', 'plus-string:"+91"']);
});

test('a profile that picks a side sends only that side, whatever the worker saw', () => {
  useProfile({ 'create-customer-country-code': 'integer' }, {});
  assert.deepEqual(spelt(), ['integer:91']);
  useProfile({ 'create-customer-country-code': 'plus-string' }, {});
  assert.deepEqual(spelt(), ['plus-string:"+91"']);
});

test('calibrating enforces no pick: both sides are tried', () => {
  useProfile({ 'create-customer-country-code': 'integer' }, { CONFORMANCE_CALIBRATE: '1' });
  assert.deepEqual(spelt(), ['plus-string:"+91"', 'integer:91']);
});
