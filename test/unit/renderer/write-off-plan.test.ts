// The write-off form's limits: amounts as typed, never above what is available nor above the purchase total, and what is left to pay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mostAllowed,
  planWriteOff,
  pointsWorth,
  writeOffRequest,
  type WriteOffDraft,
} from '../../../renderer/src/lib/write-off-plan';

const available = { points: 123_456, rubles: 50_000 };
/** The usual point value: one point covers one ruble (100 kopecks). */
const A_RUBLE = 100;
const draft = (fields: Partial<WriteOffDraft>): WriteOffDraft => ({
  purchase: '',
  points: '',
  rubles: '',
  coupons: [],
  ...fields,
});

describe('planWriteOff', () => {
  it('reads a comma or a dot and at most two decimals', () => {
    expect(planWriteOff(draft({ points: '12,5', rubles: '3.25' }), available, A_RUBLE)).toMatchObject({
      points: 1250,
      rubles: 325,
      ready: true,
    });
    expect(planWriteOff(draft({ points: '1,234' }), available, A_RUBLE).problems.points).toEqual({
      kind: 'too-many-decimals',
    });
    expect(planWriteOff(draft({ rubles: 'abc' }), available, A_RUBLE).problems.rubles).toEqual({ kind: 'format' });
    expect(planWriteOff(draft({ rubles: '-5' }), available, A_RUBLE).problems.rubles).toEqual({ kind: 'negative' });
  });

  it('blocks an amount above what is available, and allows exactly all of it', () => {
    const above = planWriteOff(draft({ points: '1234,57' }), available, A_RUBLE);
    expect(above.problems.points).toEqual({ kind: 'above-available', limit: 123_456 });
    expect(above.ready).toBe(false);
    expect(planWriteOff(draft({ points: '1234,56' }), available, A_RUBLE).ready).toBe(true);
  });

  it('keeps points and rubles together within the purchase total, points first', () => {
    const plan = planWriteOff(draft({ purchase: '1000', points: '700', rubles: '400' }), available, A_RUBLE);
    expect(plan.problems).toEqual({ rubles: { kind: 'above-purchase', limit: 30_000 } });
    expect(planWriteOff(draft({ purchase: '1000', points: '1000,01' }), available, A_RUBLE).problems.points).toEqual({
      kind: 'above-purchase',
      limit: 100_000,
    });
    expect(planWriteOff(draft({ purchase: '1000', points: '700', rubles: '300' }), available, A_RUBLE)).toMatchObject({
      remaining: 0,
      ready: true,
    });
  });

  it('says what remains to pay, and nothing without a purchase total', () => {
    expect(
      planWriteOff(draft({ purchase: '1 500,50', points: '100', rubles: '0,50' }), available, A_RUBLE).remaining,
    ).toBe(140_000);
    expect(planWriteOff(draft({ points: '100' }), available, A_RUBLE).remaining).toBeNull();
  });

  it('is not ready when nothing is chosen, and is with a coupon alone', () => {
    expect(planWriteOff(draft({ points: '0' }), available, A_RUBLE)).toMatchObject({ empty: true, ready: false });
    expect(planWriteOff(draft({ coupons: [5003] }), available, A_RUBLE)).toMatchObject({ empty: false, ready: true });
  });

  it('reports a purchase total that cannot be read', () => {
    expect(planWriteOff(draft({ purchase: '12.345', coupons: [1] }), available, A_RUBLE)).toMatchObject({
      problems: { purchase: { kind: 'too-many-decimals' } },
      ready: false,
    });
  });

  it('treats a negative balance from the server as nothing available', () => {
    expect(planWriteOff(draft({ rubles: '1' }), { points: 0, rubles: -500 }, A_RUBLE).problems.rubles).toEqual({
      kind: 'above-available',
      limit: 0,
    });
  });

  it('never lets a ready plan exceed the balance or the purchase (property)', () => {
    const amount = fc
      .integer({ min: 0, max: 300_000 })
      .map((minor) => `${Math.trunc(minor / 100)},${String(minor % 100).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.option(amount, { nil: '' }), amount, amount, (purchase, points, rubles) => {
        const plan = planWriteOff(draft({ purchase, points, rubles }), available, A_RUBLE);
        if (!plan.ready) return;
        expect(plan.points).toBeLessThanOrEqual(available.points);
        expect(plan.rubles).toBeLessThanOrEqual(available.rubles);
        if (plan.purchase !== null) expect(plan.points + plan.rubles).toBeLessThanOrEqual(plan.purchase);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('at a point value other than a ruble', () => {
  const HALF = 50;
  const THREE_RUBLES = 300;

  it('counts points at their value towards the purchase, and says so in the plan', () => {
    expect(planWriteOff(draft({ purchase: '1000', points: '100' }), available, HALF)).toMatchObject({
      pointValue: HALF,
      remaining: 95_000,
      ready: true,
    });
    expect(
      planWriteOff(draft({ purchase: '1000', points: '100', rubles: '50' }), available, THREE_RUBLES).remaining,
    ).toBe(65_000);
  });

  it('caps points by what the purchase is worth in points, and rubles by what the points leave', () => {
    expect(planWriteOff(draft({ purchase: '100', points: '200,01' }), available, HALF).problems.points).toEqual({
      kind: 'above-purchase',
      limit: 20_000,
    });
    expect(planWriteOff(draft({ purchase: '100', points: '200' }), available, HALF)).toMatchObject({
      remaining: 0,
      ready: true,
    });
    expect(
      planWriteOff(draft({ purchase: '100', points: '30', rubles: '10,01' }), available, THREE_RUBLES).problems.rubles,
    ).toEqual({ kind: 'above-purchase', limit: 1_000 });
    expect(mostAllowed('points', draft({ purchase: '100', rubles: '10' }), available, THREE_RUBLES)).toBe(3_000);
    expect(mostAllowed('rubles', draft({ purchase: '100', points: '20' }), available, THREE_RUBLES)).toBe(4_000);
  });

  it('never counts a part of a kopeck, and stays exact where the product passes 2^53', () => {
    expect(pointsWorth(1, HALF)).toBe(0);
    expect(pointsWorth(3, HALF)).toBe(1);
    // Plain floating point gives 8 999 910 000 001 000 here.
    expect(pointsWorth(9_000_000_000_001, 99_999)).toBe(8_999_910_000_000_999);
  });

  it('never lets a ready plan cover more than the purchase, whatever the value (property)', () => {
    const amount = fc
      .integer({ min: 0, max: 300_000 })
      .map((minor) => `${Math.trunc(minor / 100)},${String(minor % 100).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        fc.integer({ min: 1, max: 100_000 }),
        (purchase, points, rubles, pointValue) => {
          const plan = planWriteOff(draft({ purchase, points, rubles }), available, pointValue);
          if (!plan.ready) return;
          expect(pointsWorth(plan.points, pointValue) + plan.rubles).toBeLessThanOrEqual(plan.purchase!);
          expect(plan.remaining).toBe(plan.purchase! - pointsWorth(plan.points, pointValue) - plan.rubles);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('mostAllowed', () => {
  it('is everything available without a purchase total', () => {
    expect(mostAllowed('points', draft({}), available, A_RUBLE)).toBe(123_456);
    expect(mostAllowed('rubles', draft({ points: '5' }), available, A_RUBLE)).toBe(50_000);
  });

  it('is what the other field leaves of the purchase, and the result passes the checks', () => {
    const typed = draft({ purchase: '1000', rubles: '300' });
    expect(mostAllowed('points', typed, available, A_RUBLE)).toBe(70_000);
    expect(planWriteOff({ ...typed, points: '700' }, available, A_RUBLE).ready).toBe(true);
    expect(mostAllowed('rubles', draft({ purchase: '1000', points: '999' }), available, A_RUBLE)).toBe(100);
  });

  it('never goes below zero', () => {
    expect(mostAllowed('rubles', draft({ purchase: '10', points: '10' }), available, A_RUBLE)).toBe(0);
  });
});

describe('writeOffRequest', () => {
  it('sends only currencies with an amount, and the coupons', () => {
    const plan = planWriteOff(draft({ points: '', rubles: '12,30', coupons: [5003] }), available, A_RUBLE);
    expect(writeOffRequest(7, plan)).toEqual({
      clientId: 7,
      balance: [{ currency: 'rubles', amount: 1230 }],
      coupons: [5003],
    });
  });
});
