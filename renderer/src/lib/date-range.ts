// The history filter's two day fields (dd.mm.yyyy, as typed) as an inclusive range of ms in the terminal's time zone.

export interface DayRange {
  from?: number;
  to?: number;
}

export type DayRangeResult = { ok: true; range: DayRange } | { ok: false; error: 'bad-date' | 'reversed' };

/** Day first, in both languages: 31.01.2025 (a slash or a dash between the parts is read as well). */
const DAY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** The first millisecond of the local day `text` names, `daysLater` days on; null when `text` is no real day. */
function localDayStart(text: string, daysLater: number): number | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  // new Date rolls 31 February over into March; such a day was never typed.
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return null;
  return new Date(year, month, day + daysLater).getTime();
}

/** Empty fields leave that end open; both ends are whole days, the last one up to its final millisecond. */
export function dayRange(fromTyped: string, toTyped: string): DayRangeResult {
  const [fromText, toText] = [fromTyped.trim(), toTyped.trim()];
  const range: DayRange = {};
  if (fromText !== '') {
    const from = localDayStart(fromText, 0);
    if (from === null) return { ok: false, error: 'bad-date' };
    range.from = from;
  }
  if (toText !== '') {
    const nextDay = localDayStart(toText, 1);
    if (nextDay === null) return { ok: false, error: 'bad-date' };
    range.to = nextDay - 1;
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) return { ok: false, error: 'reversed' };
  return { ok: true, range };
}
