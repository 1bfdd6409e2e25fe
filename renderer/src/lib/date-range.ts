// The history filter's two day fields (day first, as typed) as an inclusive range of ms in the terminal's time zone.

export interface DayRange {
  from?: number;
  to?: number;
}

export type DayProblem = 'bad-format' | 'bad-date';
export type DayRangeResult = { ok: true; range: DayRange } | { ok: false; error: DayProblem | 'reversed' };

interface Day {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}
type ReadDay = { ok: true; day: Day } | { ok: false; error: DayProblem };

/** Day first, in both languages: 1.3.2025, 01.03.2025, 01.03.25 (a slash or a dash between the parts is read as well). */
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/;
/** A date pasted from elsewhere, year first: 2025-03-01 (a time after it is ignored). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
/** Digits alone, as a day typed without the dots: 01032025 or 010325. */
const DIGITS = /^(\d{2})(\d{2})(\d{2}|\d{4})$/;

/** A two-digit year is this century's: a cashier looking up history never means 1925. */
const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

/** What a day field says: a day, or why not (not a way of writing a day at all, or a day that does not exist). */
export function readDay(typed: string): ReadDay {
  const text = typed.trim();
  const dayFirst = DAY_FIRST.exec(text) ?? DIGITS.exec(text);
  const iso = dayFirst ? null : ISO.exec(text);
  if (!dayFirst && !iso) return { ok: false, error: 'bad-format' };
  const day: Day = dayFirst
    ? { day: Number(dayFirst[1]), month: Number(dayFirst[2]), year: fullYear(dayFirst[3]!) }
    : { year: Number(iso![1]), month: Number(iso![2]), day: Number(iso![3]) };
  const date = new Date(day.year, day.month - 1, day.day);
  // new Date rolls 31 February over into March; such a day was never typed.
  if (date.getFullYear() !== day.year || date.getMonth() !== day.month - 1 || date.getDate() !== day.day) {
    return { ok: false, error: 'bad-date' };
  }
  return { ok: true, day };
}

/** A day field's text written out in full, 01.03.2025, when it names a day; otherwise as typed, for the cashier to fix. */
export function normalDayText(typed: string): string {
  const read = readDay(typed);
  if (!read.ok) return typed;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(read.day.day)}.${two(read.day.month)}.${read.day.year}`;
}

/** The first millisecond of the local day, `daysLater` days on. */
const localDayStart = ({ year, month, day }: Day, daysLater: number) =>
  new Date(year, month - 1, day + daysLater).getTime();

/** Empty fields leave that end open; both ends are whole days, the last one up to its final millisecond. */
export function dayRange(fromTyped: string, toTyped: string): DayRangeResult {
  const [fromText, toText] = [fromTyped.trim(), toTyped.trim()];
  const range: DayRange = {};
  if (fromText !== '') {
    const from = readDay(fromText);
    if (!from.ok) return from;
    range.from = localDayStart(from.day, 0);
  }
  if (toText !== '') {
    const to = readDay(toText);
    if (!to.ok) return to;
    range.to = localDayStart(to.day, 1) - 1;
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to)
    return { ok: false, error: 'reversed' };
  return { ok: true, range };
}
