// The history filter's day range: days typed day first, inclusive whole days in the terminal's time zone, open ends, impossible input refused.
import { describe, expect, it } from 'vitest';
import { dayRange, normalDayText, readDay } from '../../../renderer/src/lib/date-range';

describe('dayRange', () => {
  it('runs from the first millisecond of the first day to the last of the last', () => {
    expect(dayRange('10.01.2025', '12.01.2025')).toEqual({
      ok: true,
      range: { from: new Date(2025, 0, 10).getTime(), to: new Date(2025, 0, 13).getTime() - 1 },
    });
  });

  it('takes one day as the whole of that day', () => {
    const result = dayRange('30.03.2025', '30.03.2025');
    expect(result).toEqual({
      ok: true,
      range: { from: new Date(2025, 2, 30).getTime(), to: new Date(2025, 2, 31).getTime() - 1 },
    });
  });

  it('reads one-digit days and months, slashes, and stray spaces', () => {
    expect(dayRange(' 1/2/2025 ', '')).toEqual({ ok: true, range: { from: new Date(2025, 1, 1).getTime() } });
  });

  it('leaves an empty end open', () => {
    expect(dayRange('', '')).toEqual({ ok: true, range: {} });
    expect(dayRange('10.01.2025', '')).toEqual({ ok: true, range: { from: new Date(2025, 0, 10).getTime() } });
  });

  it('refuses a day that does not exist, a text that is no day at all, and a range that runs backwards', () => {
    expect(dayRange('30.02.2025', '')).toEqual({ ok: false, error: 'bad-date' });
    expect(dayRange('', 'tomorrow')).toEqual({ ok: false, error: 'bad-format' });
    expect(dayRange('12.01.2025', '10.01.2025')).toEqual({ ok: false, error: 'reversed' });
  });
});

describe('readDay', () => {
  const march1 = { ok: true, day: { year: 2025, month: 3, day: 1 } };

  it('takes a day however it is commonly typed or pasted', () => {
    for (const typed of [
      '1.3.2025',
      '01.03.2025',
      '01.03.25',
      '1.3.25',
      '2025-03-01',
      '2025-03-01T10:00:00Z',
      '01032025',
      '010325',
      '01/03/2025',
    ]) {
      expect(readDay(typed), typed).toEqual(march1);
    }
  });

  it('tells a wrong way of writing from a day that does not exist', () => {
    expect(readDay('15.03.25')).toEqual({ ok: true, day: { year: 2025, month: 3, day: 15 } });
    expect(readDay('31.04.2025')).toEqual({ ok: false, error: 'bad-date' });
    expect(readDay('2025-02-30')).toEqual({ ok: false, error: 'bad-date' });
    for (const typed of ['1.3', '13.20.25.1', '2025.03.01', 'вчера', '1.3.202', ''])
      expect(readDay(typed), typed).toEqual({ ok: false, error: 'bad-format' });
  });

  it('writes a day out in full, and leaves what is no day as typed', () => {
    expect(normalDayText('1.3.25')).toBe('01.03.2025');
    expect(normalDayText('2025-03-01')).toBe('01.03.2025');
    expect(normalDayText('1.3')).toBe('1.3');
  });
});
