// Where a coupon stands today, in the terminal's time zone: valid, expires today, expires within a week, or expired (NOTES.md §11).

export type CouponStatus = 'valid' | 'expires-today' | 'expires-soon' | 'expired';

/** How many days after today still count as "expires soon". */
export const SOON_DAYS = 7;

/** The first millisecond of the local day `days` days after the day of `now`. */
function startOfDay(now: number, days: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** `expireDate` is inclusive: a coupon is still valid at that very millisecond. */
export function couponStatus(expireDate: number, now: number): CouponStatus {
  if (now > expireDate) return 'expired';
  if (expireDate < startOfDay(now, 1)) return 'expires-today';
  if (expireDate < startOfDay(now, 1 + SOON_DAYS)) return 'expires-soon';
  return 'valid';
}

export function isCouponUsable(expireDate: number, now: number): boolean {
  return couponStatus(expireDate, now) !== 'expired';
}
