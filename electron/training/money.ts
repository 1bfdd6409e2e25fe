// Conversion between API amounts (JSON numbers, two decimals) and integer minor units.

/**
 * Minor units for a wire amount, or undefined unless it is a finite number with at most two
 * decimals. `Math.round(x * 100) / 100 === x` holds exactly for such numbers (both sides are the
 * double nearest the same decimal), and fails for e.g. 0.075 or 1e-7.
 */
export function parseAmount(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const minor = Math.round(value * 100);
  return Number.isSafeInteger(minor) && minor / 100 === value ? minor : undefined;
}

/** Decimal text with exactly two decimals, built from integers only: -10050 -> "-100.50". */
export function formatAmount(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const magnitude = Math.abs(minor);
  const cents = String(magnitude % 100).padStart(2, '0');
  return `${sign}${Math.trunc(magnitude / 100)}.${cents}`;
}
