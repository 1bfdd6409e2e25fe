// JSON bodies with money written as two-decimal number literals (1234.50, not 1234.5), as a money-typed server sends them.

import { formatAmount } from './money';

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

export function toWireJson(value: unknown): string {
  return JSON.stringify(value).replace(AMOUNT_TOKEN, (_, minor: string) => formatAmount(Number(minor)));
}
