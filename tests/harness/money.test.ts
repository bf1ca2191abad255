import assert from 'node:assert/strict';
import test from 'node:test';
import { amountText, minorUnits } from '../../harness/contract/money';

test('minorUnits reads decimal strings and JSON numbers of two decimals at most, exactly', () => {
  assert.equal(minorUnits('1250.50'), 125050);
  assert.equal(minorUnits('-500.00'), -50000);
  assert.equal(minorUnits('7'), 700);
  assert.equal(minorUnits('0.5'), 50);
  assert.equal(minorUnits(15250.75), 1525075);
  assert.equal(minorUnits(0.1 + 0.2), 30);
  assert.equal(minorUnits(-0.01), -1);
});

test('minorUnits: anything else is no amount', () => {
  for (const value of ['1.005', '1e3', ' 1.00', '', 'INR 5', '+5', 1.005, Number.NaN, Infinity, null, undefined, {}, '9'.repeat(30)]) {
    assert.equal(minorUnits(value), undefined, String(value));
  }
});

test('amountText writes minor units as a request amount', () => {
  assert.equal(amountText(4001), '40.01');
  assert.equal(amountText(0), '0.00');
  assert.equal(amountText(-50000), '-500.00');
  assert.equal(amountText(7), '0.07');
});
