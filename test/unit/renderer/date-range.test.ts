// The history filter's day range: inclusive whole days in the terminal's time zone, open ends, and impossible input refused.
import { describe, expect, it } from 'vitest';
import { dayRange } from '../../../renderer/src/lib/date-range';

describe('dayRange', () => {
  it('runs from the first millisecond of the first day to the last of the last', () => {
    expect(dayRange('2025-01-10', '2025-01-12')).toEqual({
      ok: true,
      range: { from: new Date(2025, 0, 10).getTime(), to: new Date(2025, 0, 13).getTime() - 1 },
    });
  });

  it('takes one day as the whole of that day', () => {
    const result = dayRange('2025-03-30', '2025-03-30');
    expect(result).toEqual({ ok: true, range: { from: new Date(2025, 2, 30).getTime(), to: new Date(2025, 2, 31).getTime() - 1 } });
  });

  it('leaves an empty end open', () => {
    expect(dayRange('', '')).toEqual({ ok: true, range: {} });
    expect(dayRange('2025-01-10', '')).toEqual({ ok: true, range: { from: new Date(2025, 0, 10).getTime() } });
  });

  it('refuses a day that does not exist and a range that runs backwards', () => {
    expect(dayRange('2025-02-30', '')).toEqual({ ok: false, error: 'bad-date' });
    expect(dayRange('', 'tomorrow')).toEqual({ ok: false, error: 'bad-date' });
    expect(dayRange('2025-01-12', '2025-01-10')).toEqual({ ok: false, error: 'reversed' });
  });
});
