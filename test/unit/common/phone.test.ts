// Phone normalisation and the search pattern (NOTES.md §7).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWholeNumber, phoneDigits, phoneSearchPattern } from '../../../common/phone';

describe('phoneDigits', () => {
  it.each(['+7 (912) 345-67-89', '8 912 345 67 89', '912-345-67-89', '79123456789', '+7912 3456789'])(
    'reduces %j to the national number',
    (typed) => {
      expect(phoneDigits(typed)).toBe('9123456789');
    },
  );

  it('keeps what little was typed', () => {
    expect(phoneDigits('67-89')).toBe('6789');
    expect(phoneDigits('abc')).toBe('');
  });

  it('always yields at most ten digits and nothing else', () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        expect(phoneDigits(typed)).toMatch(/^\d{0,10}$/);
      }),
    );
  });

  it('ignores any formatting put around the same digits', () => {
    const digit = fc.constantFrom(...'0123456789'.split(''));
    const noise = fc.constantFrom(' ', '-', '(', ')', '+', '.', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(digit, noise), { minLength: 1, maxLength: 15 }), (pairs) => {
        const plain = pairs.map(([d]) => d).join('');
        const decorated = pairs.map(([d, n]) => n + d).join('');
        expect(phoneDigits(decorated)).toBe(phoneDigits(plain));
      }),
    );
  });
});

describe('phoneSearchPattern', () => {
  it('searches by trailing digits once four are typed', () => {
    expect(phoneSearchPattern('6789')).toBe('%6789');
    expect(phoneSearchPattern('+7 (912) 345-67-89')).toBe('%9123456789');
  });

  it('refuses fewer than four digits', () => {
    expect(phoneSearchPattern('789')).toBeNull();
    expect(phoneSearchPattern('+7 (')).toBeNull();
  });
});

describe('isWholeNumber', () => {
  it.each(['+7 (912) 345-67-89', '8 912 345 67 89', '912-345-67-89', '79123456789'])(
    'knows %j is all there is to type',
    (typed) => {
      expect(isWholeNumber(typed)).toBe(true);
    },
  );

  it.each(['+7 (912) 345-67-8', '8 912 345 67 8', '7912345678', '912-345-67-8', '6789', ''])(
    'waits for more after %j',
    (typed) => {
      expect(isWholeNumber(typed)).toBe(false);
    },
  );
});
