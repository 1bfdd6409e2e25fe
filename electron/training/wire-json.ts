// JSON bodies with money written as two-decimal number literals (1234.50, not 1234.5), or with the noise a careless server adds.

import { formatAmount } from './money';

/** How amounts go on the wire: exact two decimals, float noise around them, or a stray third decimal. */
export type AmountStyle = 'exact' | 'float' | 'third-decimal';

/** Placeholder that JSON.stringify writes as a unique string and `toWireJson` turns into a number literal. */
class WireAmount {
  readonly minor: number;
  constructor(minor: number) {
    this.minor = minor;
  }
  toJSON(): string {
    return `\u0000amount:${this.minor}`;
  }
}

// JSON.stringify escapes NUL, so only a data string holding a NUL character could read the same; API data holds none.
const AMOUNT_TOKEN = /"\\u0000amount:(-?\d+)"/g;

/** Marks a minor-unit value to be written as an API amount. */
export function wireAmount(minor: number): unknown {
  return new WireAmount(minor);
}

export function toWireJson(value: unknown, style: AmountStyle = 'exact'): string {
  return JSON.stringify(value).replace(AMOUNT_TOKEN, (_, minor: string) => amountText(Number(minor), style));
}

/** Noise stays well under half a minor unit, so the nearest minor unit is always the true amount. */
function amountText(minor: number, style: AmountStyle): string {
  if (minor === 0 || style === 'exact') return formatAmount(minor);
  if (style === 'third-decimal') return `${formatAmount(minor)}${(Math.abs(minor) % 4) + 1}`;
  // A float a few ulps off the two-decimal value, above or below it: what summing floats on the server leaves.
  const value = minor / 100;
  const ulps = minor % 2 === 0 ? 2 : -2;
  return String(value + value * ulps * Number.EPSILON);
}
