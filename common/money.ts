// Money as integer minor units (kopecks, hundredths of a point): conversion at the API edge and exact parsing of what a cashier types.

/** An amount in minor units: always a safe integer, never a float. */
export type Minor = number;

/** Currencies a write-off may be offered in (NOTES.md §9); any other is shown but never written off. */
export const WRITABLE_CURRENCIES = ['points', 'rubles'] as const;
export type WritableCurrency = (typeof WRITABLE_CURRENCIES)[number];

export function isWritableCurrency(currency: string): currency is WritableCurrency {
  return (WRITABLE_CURRENCIES as readonly string[]).includes(currency);
}

/** Fifteen significant digits: within them every two-decimal amount survives the trip through a JSON number exactly. */
export const MAX_MINOR = 10 ** 15;

/**
 * A JSON number from the API to minor units, or null when it is not a finite amount with at most two decimals.
 * `scaled / 100 === amount` holds exactly for every two-decimal literal, because both sides are the double nearest to it.
 */
export function toMinor(amount: number): Minor | null {
  if (!Number.isFinite(amount)) return null;
  const scaled = Math.round(amount * 100);
  return Math.abs(scaled) <= MAX_MINOR && scaled / 100 === amount ? scaled : null;
}

/** Within this of a whole minor unit, an amount is that unit carrying float noise (0.30000000000000004), not a third decimal. */
const NOISE = 1e-6;

/**
 * What a server's amount is worth, whatever its decimals (NOTES.md §4): `nearest` minor unit for history and read-back
 * (float noise is the unit it meant; 61.728 shows as 61.73), `floor` for what may be written off (a limit is never
 * rounded up); `odd` when it was not a plain two-decimal amount, so the oddity can be logged. Null only when not finite
 * or too large.
 */
export function readServerAmount(amount: number): { nearest: Minor; floor: Minor; odd: boolean } | null {
  if (!Number.isFinite(amount)) return null;
  const scaled = amount * 100;
  const nearest = Math.round(scaled);
  if (Math.abs(nearest) > MAX_MINOR) return null;
  const floor = Math.abs(scaled - nearest) < NOISE ? nearest : Math.floor(scaled);
  return { nearest, floor, odd: toMinor(amount) === null };
}

/** Minor units to the JSON number the API expects; the only place a float is made. */
export function toApiAmount(minor: Minor): number {
  return minor / 100;
}

export type AmountInputError = 'empty' | 'format' | 'negative' | 'too-many-decimals' | 'too-large';
export type AmountInput = { ok: true; minor: Minor } | { ok: false; error: AmountInputError };

/** Up to 11 integer digits keeps every amount a safe integer in minor units with room to add. */
const MAX_INTEGER_DIGITS = 11;
const GROUP_SPACES = /[\s\u00a0\u202f]/g;

/**
 * Parses what a cashier types: "1234,5", "1 234.56", "0.5". A comma or a dot is the decimal separator;
 * spaces group thousands. "1.234" is refused as three decimals rather than guessed to be a thousand.
 */
export function parseAmountInput(text: string): AmountInput {
  const compact = text.replace(GROUP_SPACES, '');
  if (compact === '') return { ok: false, error: 'empty' };
  if (compact.startsWith('-')) return { ok: false, error: 'negative' };
  const match = /^(\d*)(?:[.,](\d*))?$/.exec(compact);
  if (!match) return { ok: false, error: 'format' };
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return { ok: false, error: 'format' };
  if (fraction.length > 2) return { ok: false, error: 'too-many-decimals' };
  const significant = whole.replace(/^0+(?=\d)/, '');
  if (significant.length > MAX_INTEGER_DIGITS) return { ok: false, error: 'too-large' };
  const minor = Number(significant || '0') * 100 + Number(fraction.padEnd(2, '0'));
  return { ok: true, minor };
}

/** A non-negative amount as the text an amount field holds, e.g. 123450 → "1234,50". */
export function minorToInputText(minor: Minor, decimalSeparator: ',' | '.'): string {
  const cents = String(minor % 100).padStart(2, '0');
  return `${Math.trunc(minor / 100)}${decimalSeparator}${cents}`;
}
