// Write-off: what it changes on success, and that every refusal changes nothing and says why.

import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import { api, postWriteOff, russianMessage, START, testClock } from './support';

const { rich, couponHolder, single, unknownCurrency } = DEMO;
let clock: ReturnType<typeof testClock>;
let sim: Simulator;

beforeEach(() => {
  clock = testClock();
  sim = createSimulator({ now: clock.now });
});

/** Everything a write-off may change for the client, to prove a refusal changed none of it. */
const stateOf = (id: number) => ({ balance: sim.balance(id), coupons: sim.coupons(id), history: sim.history(id) });

const couponOf = (id: number, couponId: number) => {
  const coupon = sim.coupons(id).find((candidate) => candidate.id === couponId);
  if (!coupon) throw new RangeError(`client ${id} has no coupon ${couponId}`);
  return coupon;
};

describe('a successful write-off', () => {
  it('subtracts the amounts, redeems the coupons, records negative history and answers an empty 200', async () => {
    const before = stateOf(rich.id);
    const [couponId, keptCouponId] = rich.couponIds;
    clock.set(START + 60_000);

    const answer = await postWriteOff(sim, rich.id, {
      balance: [
        { amount: 100.5, currency: 'points' },
        { amount: 10, currency: 'rubles' },
      ],
      coupons: [couponId],
    });

    expect(answer).toEqual({ status: 200, body: null });
    expect(sim.balance(rich.id)).toEqual({ points: rich.points - 10_050, rubles: rich.rubles - 1_000 });
    expect(sim.coupons(rich.id).map((coupon) => coupon.id)).toEqual([keptCouponId]);
    const added = sim.history(rich.id).slice(0, 2);
    expect(added).toEqual([
      { amount: -1_000, currency: 'rubles', transactionDate: START + 60_000, transactionId: expect.any(String) },
      { amount: -10_050, currency: 'points', transactionDate: START + 60_000, transactionId: expect.any(String) },
    ]);
    expect(sim.history(rich.id).slice(2)).toEqual(before.history);
  });

  it('shows the new entries on the history endpoint with two-decimal negative amounts', async () => {
    await postWriteOff(sim, rich.id, { balance: [{ amount: 100.5, currency: 'points' }] });
    const text = await (await sim.fetch(api.history(rich.id, { limit: 1 }))).text();
    expect(text).toMatch(/^\[\{"amount":-100\.50,"currency":"points","transactionDate":\d+,"transactionId":"\d+"\}\]$/);
  });

  it('gives every new history entry a transaction id no other entry in the simulator has', async () => {
    await postWriteOff(sim, rich.id, {
      balance: [
        { amount: 1, currency: 'points' },
        { amount: 1, currency: 'rubles' },
      ],
    });
    await postWriteOff(sim, single.id, { balance: [{ amount: 1, currency: 'points' }] });
    const everyId = [rich.id, single.id, DEMO.bigHistory.id, couponHolder.id].flatMap((id) =>
      sim.history(id).map((entry) => entry.transactionId),
    );
    expect(new Set(everyId).size).toBe(everyId.length);
  });

  it('may take the whole balance, and coupons alone, and a currency beyond points and rubles', async () => {
    expect((await postWriteOff(sim, single.id, { balance: [{ amount: 1234.56, currency: 'points' }] })).status).toBe(
      200,
    );
    expect(sim.balance(single.id)).toEqual({ points: 0, rubles: single.rubles });

    const historyBefore = sim.history(couponHolder.id);
    expect((await postWriteOff(sim, couponHolder.id, { coupons: [couponHolder.validCouponId] })).status).toBe(200);
    expect(sim.history(couponHolder.id)).toEqual(historyBefore);

    const miles = { balance: [{ amount: 1, currency: unknownCurrency.currency }] };
    expect((await postWriteOff(sim, unknownCurrency.id, miles)).status).toBe(200);
    expect(sim.balance(unknownCurrency.id)[unknownCurrency.currency]).toBe(unknownCurrency.amount - 100);
  });
});

describe('a refused write-off', () => {
  it.each([
    [
      'one currency is short',
      {
        balance: [
          { amount: 1, currency: 'points' },
          { amount: 99_999, currency: 'rubles' },
        ],
      },
    ],
    [
      'the currency is unknown',
      {
        balance: [
          { amount: 1, currency: 'points' },
          { amount: 1, currency: 'euro' },
        ],
      },
    ],
    ['one coupon is expired', { coupons: [couponHolder.validCouponId, couponHolder.expiredCouponId] }],
    ['one coupon is another client\u2019s', { coupons: [couponHolder.validCouponId, rich.couponIds[0]] }],
    ['one coupon does not exist', { balance: [{ amount: 1, currency: 'points' }], coupons: [999_999] }],
  ])('when %s answers 422 with a message and changes nothing', async (_, body) => {
    const before = stateOf(couponHolder.id);
    const richBefore = stateOf(rich.id);
    expect(await postWriteOff(sim, couponHolder.id, body)).toEqual({ status: 422, body: russianMessage });
    expect(stateOf(couponHolder.id)).toEqual(before);
    expect(stateOf(rich.id)).toEqual(richBefore);
  });

  it('refuses a coupon already redeemed', async () => {
    const body = { coupons: [couponHolder.validCouponId] };
    expect((await postWriteOff(sim, couponHolder.id, body)).status).toBe(200);
    expect(await postWriteOff(sim, couponHolder.id, body)).toEqual({ status: 422, body: russianMessage });
  });

  it.each([
    ['an empty body', ''],
    ['malformed JSON', '{"balance": ['],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
    ['an empty object', {}],
    ['empty lists', { balance: [], coupons: [] }],
    ['balance that is not a list', { balance: { amount: 1, currency: 'points' } }],
    ['a line without currency', { balance: [{ amount: 1 }] }],
    ['an amount given as a string', { balance: [{ amount: '1.00', currency: 'points' }] }],
    ['a zero amount', { balance: [{ amount: 0, currency: 'points' }] }],
    ['a negative amount', { balance: [{ amount: -1, currency: 'points' }] }],
    ['three decimals', { balance: [{ amount: 1.005, currency: 'points' }] }],
    ['an infinite amount', '{"balance":[{"amount":1e400,"currency":"points"}]}'],
    [
      'a currency twice',
      {
        balance: [
          { amount: 1, currency: 'points' },
          { amount: 2, currency: 'points' },
        ],
      },
    ],
    ['a coupon twice', { coupons: [couponHolder.validCouponId, couponHolder.validCouponId] }],
    ['coupon ids that are not integers', { coupons: ['5003'] }],
    ['coupons that are not a list', { coupons: couponHolder.validCouponId }],
  ])('refuses %s with 400 and changes nothing', async (_, body) => {
    const before = stateOf(couponHolder.id);
    expect(await postWriteOff(sim, couponHolder.id, body)).toEqual({ status: 400, body: russianMessage });
    expect(stateOf(couponHolder.id)).toEqual(before);
  });

  it('answers 404 for an unknown client', async () => {
    const answer = await postWriteOff(sim, 1, { balance: [{ amount: 1, currency: 'points' }] });
    expect(answer).toEqual({ status: 404, body: russianMessage });
  });
});

describe('coupon expiry', () => {
  it('accepts a coupon at the very instant of its expireDate', async () => {
    const { expireDate } = couponOf(couponHolder.id, couponHolder.todayCouponId);
    clock.set(expireDate);
    expect((await postWriteOff(sim, couponHolder.id, { coupons: [couponHolder.todayCouponId] })).status).toBe(200);
  });

  it('refuses it one millisecond later', async () => {
    const { expireDate } = couponOf(couponHolder.id, couponHolder.todayCouponId);
    clock.set(expireDate + 1);
    expect(await postWriteOff(sim, couponHolder.id, { coupons: [couponHolder.todayCouponId] })).toEqual({
      status: 422,
      body: russianMessage,
    });
  });
});

describe('the write-off counter', () => {
  it('counts every write-off POST, refused ones included, and nothing else', async () => {
    await postWriteOff(sim, rich.id, { balance: [{ amount: 1, currency: 'points' }] });
    await postWriteOff(sim, rich.id, '{oops');
    await postWriteOff(sim, 1, {});
    await sim.fetch(api.writeOff(rich.id));
    await sim.fetch(api.balance(rich.id));
    expect(sim.writeOffPosts).toBe(3);
  });
});
