// Amounts on the wire: two-decimal JSON numbers in, integer minor units inside, two-decimal literals out.

import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount } from '../../../electron/training/money';
import { toWireJson, wireAmount } from '../../../electron/training/wire-json';

describe('parseAmount', () => {
  it.each([
    [1234.56, 123_456],
    [0.07, 7],
    [0.1, 10],
    [100, 10_000],
    [100.5, 10_050],
    [-5.5, -550],
    [0, 0],
  ])('reads %s as %s minor units', (amount, minor) => {
    expect(parseAmount(amount)).toBe(minor);
  });

  it.each([1.005, 0.075, 1e-7, Number.NaN, Infinity, 1e300, '1.00', null, undefined])('refuses %s', (amount) => {
    expect(parseAmount(amount)).toBeUndefined();
  });
});

describe('formatAmount', () => {
  it.each([
    [123_456, '1234.56'],
    [432_106, '4321.06'],
    [10_050, '100.50'],
    [5, '0.05'],
    [0, '0.00'],
    [-10_050, '-100.50'],
    [-5, '-0.05'],
  ])('writes %s minor units as %s', (minor, text) => {
    expect(formatAmount(minor)).toBe(text);
  });
});

describe('toWireJson', () => {
  it('writes marked amounts as two-decimal number literals and leaves everything else alone', () => {
    const text = toWireJson([{ amount: wireAmount(10_050), currency: 'points', note: 'amount:5', n: 1.5 }]);
    expect(text).toBe('[{"amount":100.50,"currency":"points","note":"amount:5","n":1.5}]');
    expect(JSON.parse(text)).toEqual([{ amount: 100.5, currency: 'points', note: 'amount:5', n: 1.5 }]);
  });
});
