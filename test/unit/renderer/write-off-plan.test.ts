// The write-off form's limits: amounts as typed, never above what is available nor above the purchase total, and what is left to pay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mostAllowed, planWriteOff, writeOffRequest, type WriteOffDraft } from '../../../renderer/src/lib/write-off-plan';

const available = { points: 123_456, rubles: 50_000 };
const draft = (fields: Partial<WriteOffDraft>): WriteOffDraft => ({ purchase: '', points: '', rubles: '', coupons: [], ...fields });

describe('planWriteOff', () => {
  it('reads a comma or a dot and at most two decimals', () => {
    expect(planWriteOff(draft({ points: '12,5', rubles: '3.25' }), available)).toMatchObject({ points: 1250, rubles: 325, ready: true });
    expect(planWriteOff(draft({ points: '1,234' }), available).problems.points).toEqual({ kind: 'too-many-decimals' });
    expect(planWriteOff(draft({ rubles: 'abc' }), available).problems.rubles).toEqual({ kind: 'format' });
    expect(planWriteOff(draft({ rubles: '-5' }), available).problems.rubles).toEqual({ kind: 'negative' });
  });

  it('blocks an amount above what is available, and allows exactly all of it', () => {
    const above = planWriteOff(draft({ points: '1234,57' }), available);
    expect(above.problems.points).toEqual({ kind: 'above-available', limit: 123_456 });
    expect(above.ready).toBe(false);
    expect(planWriteOff(draft({ points: '1234,56' }), available).ready).toBe(true);
  });

  it('keeps points and rubles together within the purchase total, points first', () => {
    const plan = planWriteOff(draft({ purchase: '1000', points: '700', rubles: '400' }), available);
    expect(plan.problems).toEqual({ rubles: { kind: 'above-purchase', limit: 30_000 } });
    expect(planWriteOff(draft({ purchase: '1000', points: '1000,01' }), available).problems.points).toEqual({ kind: 'above-purchase', limit: 100_000 });
    expect(planWriteOff(draft({ purchase: '1000', points: '700', rubles: '300' }), available)).toMatchObject({ remaining: 0, ready: true });
  });

  it('says what remains to pay, and nothing without a purchase total', () => {
    expect(planWriteOff(draft({ purchase: '1 500,50', points: '100', rubles: '0,50' }), available).remaining).toBe(140_000);
    expect(planWriteOff(draft({ points: '100' }), available).remaining).toBeNull();
  });

  it('is not ready when nothing is chosen, and is with a coupon alone', () => {
    expect(planWriteOff(draft({ points: '0' }), available)).toMatchObject({ empty: true, ready: false });
    expect(planWriteOff(draft({ coupons: [5003] }), available)).toMatchObject({ empty: false, ready: true });
  });

  it('reports a purchase total that cannot be read', () => {
    expect(planWriteOff(draft({ purchase: '12.345', coupons: [1] }), available)).toMatchObject({ problems: { purchase: { kind: 'too-many-decimals' } }, ready: false });
  });

  it('treats a negative balance from the server as nothing available', () => {
    expect(planWriteOff(draft({ rubles: '1' }), { points: 0, rubles: -500 }).problems.rubles).toEqual({ kind: 'above-available', limit: 0 });
  });

  it('never lets a ready plan exceed the balance or the purchase (property)', () => {
    const amount = fc.integer({ min: 0, max: 300_000 }).map((minor) => `${Math.trunc(minor / 100)},${String(minor % 100).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.option(amount, { nil: '' }), amount, amount, (purchase, points, rubles) => {
        const plan = planWriteOff(draft({ purchase, points, rubles }), available);
        if (!plan.ready) return;
        expect(plan.points).toBeLessThanOrEqual(available.points);
        expect(plan.rubles).toBeLessThanOrEqual(available.rubles);
        if (plan.purchase !== null) expect(plan.points + plan.rubles).toBeLessThanOrEqual(plan.purchase);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('mostAllowed', () => {
  it('is everything available without a purchase total', () => {
    expect(mostAllowed('points', draft({}), available)).toBe(123_456);
    expect(mostAllowed('rubles', draft({ points: '5' }), available)).toBe(50_000);
  });

  it('is what the other field leaves of the purchase, and the result passes the checks', () => {
    const typed = draft({ purchase: '1000', rubles: '300' });
    expect(mostAllowed('points', typed, available)).toBe(70_000);
    expect(planWriteOff({ ...typed, points: '700' }, available).ready).toBe(true);
    expect(mostAllowed('rubles', draft({ purchase: '1000', points: '999' }), available)).toBe(100);
  });

  it('never goes below zero', () => {
    expect(mostAllowed('rubles', draft({ purchase: '10', points: '10' }), available)).toBe(0);
  });
});

describe('writeOffRequest', () => {
  it('sends only currencies with an amount, and the coupons', () => {
    const plan = planWriteOff(draft({ points: '', rubles: '12,30', coupons: [5003] }), available);
    expect(writeOffRequest(7, plan)).toEqual({ clientId: 7, balance: [{ currency: 'rubles', amount: 1230 }], coupons: [5003] });
  });
});
