// The phone field's mask and the display of stored phones: every way of typing a number keeps its digits, nothing forces a prefix.
import fc from 'fast-check';
import { Mask } from 'maska';
import { describe, expect, it } from 'vitest';
import { phoneDigits } from '../../../common/phone';
import { formatPhone, partlyHiddenPhone, phoneMask } from '../../../renderer/src/lib/phone-format';

/** The field as maska drives it: the same Mask class, the same mask function. */
const field = new Mask({ mask: phoneMask });

describe('phone mask', () => {
  it('groups each usual way of typing a number', () => {
    expect(field.masked('+79123456789')).toBe('+7 (912) 345-67-89');
    expect(field.masked('89123456789')).toBe('8 (912) 345-67-89');
    expect(field.masked('9123456789')).toBe('(912) 345-67-89');
    expect(field.masked('912-345-67-89')).toBe('(912) 345-67-89');
  });

  it('leaves the last four digits as typed, and groups a local number', () => {
    expect(field.masked('5678')).toBe('5678');
    expect(field.masked('3456789')).toBe('345-67-89');
  });

  it('keeps a half-typed number readable, with its prefix from the start', () => {
    expect(field.masked('+7 (912) 345-678')).toBe('+7 (912) 345-67-8');
    expect(field.masked('+7')).toBe('+7');
    expect(field.masked('8 912 345')).toBe('8 (912) 345');
    expect(field.masked('7912')).toBe('7912');
    expect(field.masked('91234567')).toBe('(912) 345-67');
  });

  it('reformats its own output unchanged, so typing on never fights the mask (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ()-]{0,20}$/), (typed) => {
        const once = field.masked(typed);
        expect(field.masked(once)).toBe(once);
      }),
    );
  });

  it('keeps the digits the search uses for every number of up to eleven digits (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{0,11}$/), fc.boolean(), (digits, plus) => {
        const typed = plus ? `+${digits}` : digits;
        expect(phoneDigits(field.masked(typed))).toBe(phoneDigits(typed));
      }),
    );
  });
});

describe('stored phones', () => {
  it('are grouped for reading', () => {
    expect(formatPhone('7912345678')).toBe('(791) 234-56-78');
    expect(formatPhone('79161234567')).toBe('+7 (916) 123-45-67');
    expect(formatPhone('89261234568')).toBe('8 (926) 123-45-68');
  });

  it('are shown as they are when no phone grouping fits them', () => {
    expect(formatPhone('123456789012345')).toBe('123456789012345');
    expect(formatPhone('12-34')).toBe('12-34');
  });

  it('show only the last four digits in a list of several customers', () => {
    expect(partlyHiddenPhone('7903111222')).toBe('(•••) •••-12-22');
    expect(partlyHiddenPhone('79161234567')).toBe('+• (•••) •••-45-67');
  });
});
