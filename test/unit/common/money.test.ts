// Money: minor units at the API edge and exact parsing of typed amounts, by example and by property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MINOR, minorToInputText, parseAmountInput, toApiAmount, toMinor } from '../../../common/money';

const minorAmount = fc.integer({ min: 0, max: 99_999_999_999_99 });

describe('toMinor', () => {
  it('converts documented two-decimal amounts exactly', () => {
    expect(toMinor(1234.56)).toBe(123456);
    expect(toMinor(4321.06)).toBe(432106);
    expect(toMinor(0.1)).toBe(10);
    expect(toMinor(-100.5)).toBe(-10050);
    expect(toMinor(0)).toBe(0);
  });

  it('refuses more than two decimals, NaN and infinities', () => {
    expect(toMinor(1.234)).toBeNull();
    expect(toMinor(0.001)).toBeNull();
    expect(toMinor(Number.NaN)).toBeNull();
    expect(toMinor(Number.POSITIVE_INFINITY)).toBeNull();
    expect(toMinor(1e300)).toBeNull();
    expect(toMinor((MAX_MINOR + 1) / 100)).toBeNull();
  });

  it('round-trips every amount through the JSON number the API carries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_MINOR, max: MAX_MINOR }), (minor) => {
        const wire = JSON.parse(JSON.stringify(toApiAmount(minor))) as number;
        expect(toMinor(wire)).toBe(minor);
      }),
    );
  });
});

describe('parseAmountInput', () => {
  it.each([
    ['1234,5', 123450],
    ['1234.56', 123456],
    ['1 234,56', 123456],
    ['1\u00a0234.56', 123456],
    ['0,5', 50],
    [',5', 50],
    ['7', 700],
    ['7,', 700],
    ['007', 700],
  ])('reads %j as %i minor units', (text, minor) => {
    expect(parseAmountInput(text)).toEqual({ ok: true, minor });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-5', 'negative'],
    ['1.234', 'too-many-decimals'],
    ['0,001', 'too-many-decimals'],
    ['1,234.56', 'format'],
    ['12a', 'format'],
    ['NaN', 'format'],
    ['Infinity', 'format'],
    ['1e5', 'format'],
    [',', 'format'],
    ['999999999999', 'too-large'],
  ])('refuses %j as %s', (text, error) => {
    expect(parseAmountInput(text)).toEqual({ ok: false, error });
  });

  it('reads back whatever it wrote into a field, with either separator', () => {
    fc.assert(
      fc.property(minorAmount, fc.constantFrom(',' as const, '.' as const), (minor, separator) => {
        expect(parseAmountInput(minorToInputText(minor, separator))).toEqual({ ok: true, minor });
      }),
    );
  });

  it('never returns a non-integer or negative amount, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const parsed = parseAmountInput(text);
        if (parsed.ok) expect(Number.isSafeInteger(parsed.minor) && parsed.minor >= 0).toBe(true);
      }),
    );
  });
});
