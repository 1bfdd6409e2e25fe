// Coupon status by date, against a clock the test sets: the day boundaries are the terminal's local ones, expireDate inclusive.
import { describe, expect, it } from 'vitest';
import { couponStatus, isCouponUsable } from '../../../renderer/src/lib/coupon-status';

/** A local time, so the cases hold in any time zone the tests run in. */
const at = (day: number, hour = 0, minute = 0, ms = 0) => new Date(2025, 0, day, hour, minute, 0, ms).getTime();
const now = at(15, 14, 30);

describe('couponStatus', () => {
  it('is expired one millisecond after its expireDate, and valid at that very millisecond', () => {
    expect(couponStatus(now - 1, now)).toBe('expired');
    expect(couponStatus(now, now)).toBe('expires-today');
  });

  it('expires today up to the last millisecond of today', () => {
    expect(couponStatus(at(15, 23, 59, 999), now)).toBe('expires-today');
    expect(couponStatus(at(16), now)).toBe('expires-soon');
  });

  it('expires soon through the seventh day after today', () => {
    expect(couponStatus(at(22, 23, 59, 999), now)).toBe('expires-soon');
    expect(couponStatus(at(23), now)).toBe('valid');
  });

  it('follows the clock: yesterday valid, today expires today, tomorrow expired', () => {
    const expireDate = at(15, 23, 59, 999);
    expect(couponStatus(expireDate, at(14, 12))).toBe('expires-soon');
    expect(couponStatus(expireDate, at(15, 0))).toBe('expires-today');
    expect(couponStatus(expireDate, at(16, 0))).toBe('expired');
  });

  it('counts days across a month end', () => {
    expect(couponStatus(new Date(2025, 1, 3, 12).getTime(), at(31, 10))).toBe('expires-soon');
    expect(couponStatus(new Date(2025, 1, 8, 0).getTime(), at(31, 10))).toBe('valid');
  });

  it('lets only unexpired coupons be chosen', () => {
    expect(isCouponUsable(now - 1, now)).toBe(false);
    expect(isCouponUsable(now, now)).toBe(true);
    expect(isCouponUsable(at(30), now)).toBe(true);
  });
});
