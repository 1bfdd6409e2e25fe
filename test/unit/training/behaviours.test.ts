// The simulator's unkind habits, each on its own, on a virtual clock: nothing here waits for real.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import type { ProviderBehaviours } from '../../../electron/training/behaviours';
import { recorded } from '../../../electron/training/take-write-off';
import { VirtualClock } from '../../support/virtual-clock';
import { api, START } from './support';

const { rich } = DEMO;

function bench(behaviours: ProviderBehaviours) {
  const clock = new VirtualClock(START);
  const sim = createSimulator({ scheduler: clock, behaviours, behaviourSeed: 7 });
  const post = (body: object, signal?: AbortSignal) =>
    sim.fetch(api.writeOff(rich.id), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  return { clock, sim, post };
}

const points = (amount: number) => ({ balance: [{ amount, currency: 'points' }] });

describe('late apply', () => {
  it('applies a write-off after its client gave up, seconds after it arrived', async () => {
    const { clock, sim, post } = bench({ lateApply: { minMs: 20_000, maxMs: 20_000 } });
    const gaveUp = new AbortController();
    const answer = post(points(10), gaveUp.signal);
    await clock.advance(8_000);
    gaveUp.abort(new Error('client timeout'));
    await expect(answer).rejects.toThrow('client timeout');
    expect(sim.balance(rich.id).points).toBe(rich.points);
    await clock.advance(12_000);
    expect(sim.balance(rich.id).points).toBe(rich.points - 1_000);
    expect(sim.fates()).toEqual([expect.objectContaining({ arrivedAt: START, appliedAt: START + 20_000 })]);
  });

  it('answers 504 from the gateway and applies it behind', async () => {
    const { clock, sim, post } = bench({ lateApply: { minMs: 30_000, maxMs: 30_000 }, gatewayTimeoutMs: 10_000 });
    const answer = post(points(10));
    await clock.advance(10_000);
    expect((await answer).status).toBe(504);
    await clock.advance(20_000);
    expect(sim.balance(rich.id).points).toBe(rich.points - 1_000);
  });
});

describe('history', () => {
  it('lags behind the balance', async () => {
    const { clock, sim, post } = bench({ historyLag: { minMs: 40_000, maxMs: 40_000 } });
    await post(points(10));
    const newest = async () =>
      ((await (await sim.fetch(api.history(rich.id, { limit: 1 }))).json()) as { amount: number }[])[0];
    expect(sim.balance(rich.id).points).toBe(rich.points - 1_000);
    expect((await newest())?.amount).not.toBe(-10);
    await clock.advance(40_000);
    expect((await newest())?.amount).toBe(-10);
  });

  it('caps the page size and lists oldest first', async () => {
    const { sim } = bench({ pageCap: 3, oldestFirst: true });
    const page = (await (await sim.fetch(api.history(rich.id, { limit: 200 }))).json()) as {
      transactionDate: number;
    }[];
    expect(page).toHaveLength(3);
    expect(page[0]!.transactionDate).toBeLessThanOrEqual(page[2]!.transactionDate);
    expect(page[0]!.transactionDate).toBe(Math.min(...sim.history(rich.id).map((entry) => entry.transactionDate)));
  });

  it('records a write-off split, netted with an accrual, or rounded, the balance moving by the recorded sum', () => {
    expect(recorded(1_000, 'split', 0.5)).toEqual([-500, -500]);
    expect(recorded(1_000, 'netted', 0)).toEqual([-990]);
    expect(recorded(12_345, 'rounded', 0)).toEqual([-12_300]);
    expect(recorded(10, 'rounded', 0)).toEqual([-100]);
    expect(recorded(1_000, 'as-sent', 0.3)).toEqual([-1_000]);
  });

  it('moves the balance by what it recorded', async () => {
    const { sim, post } = bench({ recordShapes: ['netted'] });
    await post(points(100));
    const [entry] = sim.history(rich.id);
    expect(entry!.amount).toBeGreaterThan(-10_000);
    expect(sim.balance(rich.id).points).toBe(rich.points + entry!.amount);
  });
});

describe('amounts on the wire', () => {
  it('carries float noise or a third decimal, always under half a minor unit', async () => {
    const float = bench({ amountNoise: 'float' }).sim;
    const third = bench({ amountNoise: 'third-decimal' }).sim;
    const noisy = await (await float.fetch(api.balance(rich.id))).text();
    const extra = await (await third.fetch(api.balance(rich.id))).text();
    expect(noisy).toMatch(/"amount":\d+\.\d{5,}/);
    expect(extra).toMatch(/"amount":\d+\.\d{3},/);
    for (const text of [noisy, extra]) {
      const [points] = JSON.parse(text) as { amount: number }[];
      expect(Math.round(points!.amount * 100)).toBe(rich.points);
    }
  });
});

describe('answers that lie', () => {
  it('answers 200 with a body that says it failed', async () => {
    const { post } = bench({ failedBodyChance: 1 });
    const answer = await post(points(1));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ success: false });
  });

  it('takes the coupons while refusing the amounts with 422', async () => {
    const { sim, post } = bench({ couponsTakenBalanceRefusedChance: 1 });
    const [coupon] = rich.couponIds;
    const answer = await post({ ...points(1), coupons: [coupon] });
    expect(answer.status).toBe(422);
    expect(sim.coupons(rich.id).map((held) => held.id)).not.toContain(coupon);
    expect(sim.balance(rich.id).points).toBe(rich.points);
    expect(sim.fates()[0]).toMatchObject({ appliedAt: null, couponsTakenOnRefusal: [coupon] });
  });

  it('drops expired coupons from the list', async () => {
    const { clock, sim } = bench({ dropExpiredCoupons: true });
    const coupons = DEMO.couponHolder;
    const listed = async () =>
      ((await (await sim.fetch(api.coupons(coupons.id))).json()) as { id: number }[]).map((coupon) => coupon.id);
    expect(await listed()).not.toContain(coupons.expiredCouponId);
    await clock.advance(60 * 86_400_000);
    expect(await listed()).toEqual([]);
  });

  it('dates its answers and its history by its own clock', async () => {
    const { sim, post } = bench({ clockOffsetMs: 3_600_000 });
    const answer = await post(points(1));
    expect(Date.parse(answer.headers.get('date')!)).toBe(START + 3_600_000);
    expect(sim.history(rich.id)[0]!.transactionDate).toBe(START + 3_600_000);
  });
});

describe('others on the same account', () => {
  it('accrues and writes off from another till at any moment', () => {
    const { sim } = bench({});
    sim.accrue(rich.id, 'points', 500);
    expect(sim.writeOffElsewhere(rich.id, 'points', 200)).toBe(true);
    expect(sim.writeOffElsewhere(rich.id, 'points', rich.points * 10)).toBe(false);
    expect(sim.balance(rich.id).points).toBe(rich.points + 300);
    expect(
      sim
        .history(rich.id)
        .slice(0, 2)
        .map((entry) => entry.amount),
    ).toEqual([-200, 500]);
  });
});
