// Conversion between API amounts (JSON numbers, two decimals) and integer minor units.
import { minorToInputText, toMinor } from '../../common/money';

/** Minor units for a wire amount, or undefined unless it is a finite number with at most two decimals (the app's own rule). */
export function parseAmount(value: unknown): number | undefined {
  return typeof value === 'number' ? (toMinor(value) ?? undefined) : undefined;
}

/** Decimal text with exactly two decimals, built from integers only: -10050 -> "-100.50". */
export function formatAmount(minor: number): string {
  return `${minor < 0 ? '-' : ''}${minorToInputText(Math.abs(minor), '.')}`;
}
