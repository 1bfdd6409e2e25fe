// Money, points and dates as a cashier reads them, through Intl in the active language: "1 234,56 ₽", "1 234 балла", "31.01.2025, 14:05".
import type { Minor } from '../../../common/money';

/** The words for a unit by plural category; `other` is the fallback every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Intl objects are costly to build and these are asked for on every render: one per language and kind. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value as T;
}

const rublesFormat = (tag: string) =>
  cached(
    `rub:${tag}`,
    () => new Intl.NumberFormat(tag, { style: 'currency', currency: 'RUB', currencyDisplay: 'narrowSymbol' }),
  );
const plainNumber = (tag: string) =>
  cached(`num:${tag}`, () => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }));
const twoDecimals = (tag: string) =>
  cached(`dec:${tag}`, () => new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const plurals = (tag: string) => cached(`plural:${tag}`, () => new Intl.PluralRules(tag));

/** Display only: minor units become a float here and nowhere that adds or compares them. */
const units = (minor: Minor) => minor / 100;

export function formatRubles(minor: Minor, tag: string): string {
  return rublesFormat(tag).format(units(minor));
}

/** A plain number, grouped: "100 000". */
export function formatNumber(value: number, tag: string): string {
  return plainNumber(tag).format(value);
}

/** A number with its unit in the right plural: 1 покупатель, 3 покупателя, 1,5 балла. */
export function formatCount(value: number, tag: string, unit: PluralForms): string {
  return `${formatNumber(value, tag)} ${unit[plurals(tag).select(value)] ?? unit.other}`;
}

/** Points with their own unit: 1 балл, 2 балла, 5 баллов, 1,5 балла. */
export function formatPoints(minor: Minor, tag: string, unit: PluralForms): string {
  return formatCount(units(minor), tag, unit);
}

/** An amount as the server gave it (sign included), with two decimals: "-123,45". */
export function formatAmount(minor: Minor, tag: string): string {
  return twoDecimals(tag).format(units(minor));
}

/** Any balance: points and rubles in their own way, an unknown currency plainly by its code (NOTES.md §9). */
export function formatBalance(currency: string, minor: Minor, tag: string, pointsUnit: PluralForms): string {
  if (currency === 'rubles') return formatRubles(minor, tag);
  if (currency === 'points') return formatPoints(minor, tag, pointsUnit);
  return `${formatAmount(minor, tag)} ${currency}`;
}

/** Date and time in the terminal's time zone: "31.01.2025, 14:05". */
export function formatDateTime(ms: number, tag: string): string {
  return cached(`dt:${tag}`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' })).format(ms);
}

/** A day in words: "31 января 2025 г.". */
export function formatDate(ms: number, tag: string): string {
  return cached(
    `d:${tag}`,
    () => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }),
  ).format(ms);
}

/**
 * Text from the server (a coupon's title) with the spaces inside its numbers made unbreakable, so "3 000 ₽" or
 * "15 %" never splits across lines; the words around them still wrap.
 */
export function keepNumbersWhole(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0').replace(/(\d) (?=[%₽])/g, '$1\u00a0');
}

/** A time of day with seconds, as the shift journal lists write-offs: "14:05:09". */
export function formatTime(ms: number, tag: string): string {
  return cached(
    `t:${tag}`,
    () => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
  ).format(ms);
}
