// The history filter's day range: days typed day first, inclusive whole days in the terminal's time zone, open ends, impossible input refused.
import { describe, expect, it } from 'vitest';
import { dayRange } from '../../../renderer/src/lib/date-range';

describe('dayRange', () => {
  it('runs from the first millisecond of the first day to the last of the last', () => {
    expect(dayRange('10.01.2025', '12.01.2025')).toEqual({
      ok: true,
      range: { from: new Date(2025, 0, 10).getTime(), to: new Date(2025, 0, 13).getTime() - 1 },
    });
  });

  it('takes one day as the whole of that day', () => {
    const result = dayRange('30.03.2025', '30.03.2025');
    expect(result).toEqual({ ok: true, range: { from: new Date(2025, 2, 30).getTime(), to: new Date(2025, 2, 31).getTime() - 1 } });
  });

  it('reads one-digit days and months, slashes, and stray spaces', () => {
    expect(dayRange(' 1/2/2025 ', '')).toEqual({ ok: true, range: { from: new Date(2025, 1, 1).getTime() } });
  });

  it('leaves an empty end open', () => {
    expect(dayRange('', '')).toEqual({ ok: true, range: {} });
    expect(dayRange('10.01.2025', '')).toEqual({ ok: true, range: { from: new Date(2025, 0, 10).getTime() } });
  });

  it('refuses a day that does not exist and a range that runs backwards', () => {
    expect(dayRange('30.02.2025', '')).toEqual({ ok: false, error: 'bad-date' });
    expect(dayRange('', 'tomorrow')).toEqual({ ok: false, error: 'bad-date' });
    expect(dayRange('12.01.2025', '10.01.2025')).toEqual({ ok: false, error: 'reversed' });
  });
});
