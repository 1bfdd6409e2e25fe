// The settling rules, one by one, against a simulator as unkind as real providers, on a virtual clock.
import { afterEach, describe, expect, it } from 'vitest';
import type { WriteOffReport } from '../../../common/contract';
import { PosFailure } from '../../../common/failure';
import type { ProviderBehaviours } from '../../../electron/training/behaviours';
import { points, rich, statesOf } from './support';
import { MINUTE, virtualBench, type VirtualBench } from './virtual-bench';

let bench: VirtualBench;
afterEach(async () => bench.close());

async function start(behaviours: ProviderBehaviours = {}) {
  bench = await virtualBench(behaviours);
  return bench;
}

/** Sends on the virtual clock, moving it on while the request is under way (a hung answer waits for its deadline). */
async function send(request = points(700)): Promise<WriteOffReport> {
  return bench.clock.runUntil(bench.desk.send(request));
}

async function failureOf(promise: Promise<unknown>): Promise<PosFailure> {
  const error = await bench.clock.runUntil(
    promise.then(
      () => null,
      (caught: unknown) => caught,
    ),
  );
  expect(error).toBeInstanceOf(PosFailure);
  return error as PosFailure;
}

const report = (journalId: string) => bench.desk.report(journalId);

describe('an unknown outcome is watched, never concluded from a few seconds of absence', () => {
  it('holds the customer through the watch period and finds a write-off the server applied late', async () => {
    await start({ lateApply: { minMs: 45_000, maxMs: 45_000 } });
    const { journalId, state } = await send();
    expect(state).toBe('in-doubt');
    await bench.advance(20_000);
    expect(await report(journalId)).toMatchObject({
      state: 'in-doubt',
      holdsCustomer: true,
      watchUntil: expect.any(Number),
    });
    expect((await failureOf(bench.desk.send(points(700)))).code).toBe('busy');
    await bench.advance(2 * MINUTE);
    expect(await report(journalId)).toMatchObject({
      state: 'settled-applied',
      lateLanding: true,
      holdsCustomer: false,
    });
    expect(bench.simulator.writeOffPosts).toBe(1);
    expect(await statesOf(bench.dir, journalId)).toEqual(['sent', 'in-doubt', 'settled-applied']);
  });

  it('says "not applied" only when the whole watch period saw nothing of it', async () => {
    await start();
    bench.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    const { journalId } = await send();
    await bench.advance(9 * MINUTE);
    expect(await report(journalId)).toMatchObject({ state: 'in-doubt', holdsCustomer: true });
    await bench.advance(2 * MINUTE);
    expect(await report(journalId)).toMatchObject({ state: 'settled-not-applied', holdsCustomer: false });
  });

  it('flags a landing after "not applied" as a case for a manager and holds the customer again', async () => {
    await start({ lateApply: { minMs: 12 * MINUTE, maxMs: 12 * MINUTE } });
    const { journalId } = await send();
    await bench.advance(11 * MINUTE);
    expect((await report(journalId)).state).toBe('settled-not-applied');
    await bench.advance(10 * MINUTE);
    expect(await report(journalId)).toMatchObject({
      state: 'needs-review',
      lateLanding: true,
      holdsCustomer: true,
      reviewNote: expect.stringMatching(/прошло позже/),
    });
  });

  it('waits for a history that lags behind the balance', async () => {
    await start({ historyLag: { minMs: 4 * MINUTE, maxMs: 4 * MINUTE } });
    bench.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
    const { journalId } = await send();
    await bench.advance(3 * MINUTE);
    expect((await report(journalId)).state).toBe('in-doubt');
    await bench.advance(2 * MINUTE);
    expect((await report(journalId)).state).toBe('settled-applied');
  });

  it('finds a new entry whatever page size the server honours and in whatever order it lists', async () => {
    await start({ pageCap: 3, oldestFirst: true });
    bench.simulator.injectFault({ kind: 'error-after-apply', match: 'write-off' });
    const { journalId } = await send();
    await bench.advance(MINUTE);
    expect((await report(journalId)).state).toBe('settled-applied');
  });
});

describe('two witnesses: history and balance', () => {
  it('never takes an accrual of the same amount for the write-off', async () => {
    await start();
    bench.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    const { journalId } = await send();
    bench.simulator.accrue(rich.id, 'points', 700);
    await bench.advance(11 * MINUTE);
    expect((await report(journalId)).state).toBe('settled-not-applied');
  });

  it("never takes this till's previous write-off, shown late by a lagging history, for this one", async () => {
    await start({ historyLag: { minMs: 90_000, maxMs: 90_000 } });
    expect((await send()).state).toBe('applied');
    await bench.advance(5_000);
    bench.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    const { journalId } = await send();
    await bench.advance(11 * MINUTE);
    expect((await report(journalId)).state).toBe('settled-not-applied');
  });

  it('sends any unexplained debit to a manager, never to "not applied"', async () => {
    await start();
    bench.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    const { journalId } = await send();
    bench.simulator.writeOffElsewhere(rich.id, 'points', 350);
    await bench.advance(11 * MINUTE);
    expect(await report(journalId)).toMatchObject({
      state: 'needs-review',
      holdsCustomer: true,
      reviewNote: expect.stringMatching(/3,50 баллов/),
    });
  });

  it.each([['split'], ['netted'], ['rounded']] as const)(
    'sends a write-off recorded %s to a manager, flagged as landed',
    async (shape) => {
      await start({ recordShapes: [shape] });
      bench.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
      const { journalId } = await send(points(12_345));
      await bench.advance(11 * MINUTE);
      expect(await report(journalId)).toMatchObject({ state: 'needs-review', lateLanding: true, holdsCustomer: true });
    },
  );

  it('does not count a coupon that expired and left the list as redeemed', async () => {
    await start({ dropExpiredCoupons: true });
    const coupon = rich.couponIds[0];
    const expiry = bench.simulator.coupons(rich.id).find((held) => held.id === coupon)!.expireDate;
    await bench.advance(expiry - 3 * MINUTE - bench.clock.now());
    bench.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    const { journalId } = await send(points(100, [coupon]));
    await bench.advance(11 * MINUTE);
    expect((await report(journalId)).state).toBe('needs-review');
  });
});

describe('what an answer can and cannot say', () => {
  it('takes a 200 whose JSON says it failed as unknown', async () => {
    await start({ failedBodyChance: 1 });
    expect((await send()).state).toBe('in-doubt');
  });

  it('reads the coupons back after a 4xx before saying nothing was written off', async () => {
    await start({ couponsTakenBalanceRefusedChance: 1 });
    const { state, reviewNote } = await send(points(100, [rich.couponIds[0]]));
    expect(state).toBe('needs-review');
    expect(reviewNote).toMatch(/пропал/);
  });

  it('says "refused" after a 4xx only once the coupons are seen still held', async () => {
    await start();
    bench.simulator.injectFault({ kind: 'status', status: 422, body: { message: 'Лимит' }, match: 'write-off' });
    expect((await failureOf(bench.desk.send(points(100, [rich.couponIds[0]])))).code).toBe('rejected');
  });

  it('refuses write-offs while the server clock and the terminal clock differ by more than a few minutes', async () => {
    await start({ clockOffsetMs: 6 * MINUTE });
    expect((await failureOf(bench.desk.send(points(100)))).code).toBe('clock-skew');
    expect(bench.simulator.writeOffPosts).toBe(0);
  });

  it.each([['float'], ['third-decimal']] as const)(
    'reads amounts with %s noise and still settles',
    async (amountNoise) => {
      await start({ amountNoise });
      bench.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
      const { journalId } = await send();
      await bench.advance(MINUTE);
      expect((await report(journalId)).state).toBe('settled-applied');
    },
  );
});

describe('the cashier and the manager while it is unsettled', () => {
  it('lets the cashier finish the sale without it, keeps watching, and flags a late landing', async () => {
    await start({ lateApply: { minMs: 40_000, maxMs: 40_000 } });
    const { journalId } = await send();
    expect(await bench.desk.finishWithout(journalId)).toMatchObject({
      state: 'in-doubt',
      saleFinishedWithout: true,
      holdsCustomer: true,
    });
    await bench.advance(MINUTE);
    const [entry] = (await bench.desk.listDay()).entries;
    expect(entry).toMatchObject({ outcome: 'settled-applied', lateLanding: true, saleFinishedWithout: true });
  });

  it('turns reads failing for the set time into "needs review", keeps the hold and keeps watching', async () => {
    await start({ lateApply: { minMs: 30_000, maxMs: 30_000 } });
    const { journalId } = await send();
    bench.simulator.injectFault({ kind: 'status', status: 503, times: Infinity });
    await bench.advance(5 * MINUTE);
    expect(await report(journalId)).toMatchObject({
      state: 'needs-review',
      holdsCustomer: true,
      reviewNote: expect.stringMatching(/не отвечал/),
    });
    bench.simulator.clearFaults();
    await bench.advance(15 * MINUTE);
    expect(await report(journalId)).toMatchObject({ state: 'settled-applied', lateLanding: true });
  });

  it.each<[string, ProviderBehaviours]>([
    ['its debit in another shape', { recordShapes: ['netted'] }],
    ['the balance down while history lags', { historyLag: { minMs: 20 * MINUTE, maxMs: 20 * MINUTE } }],
  ])(
    'flags a landing that reads saw (%s) when later reads fail, so a manager resolving it knows',
    async (_seen, behaviours) => {
      await start(behaviours);
      bench.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
      const { journalId } = await send(points(12_345));
      await bench.advance(MINUTE);
      expect(await report(journalId)).toMatchObject({ state: 'in-doubt', lateLanding: false });
      bench.simulator.injectFault({ kind: 'status', status: 503, times: Infinity });
      await bench.advance(5 * MINUTE);
      expect(await report(journalId)).toMatchObject({
        state: 'needs-review',
        lateLanding: true,
        reviewNote: expect.stringMatching(/не отвечает/),
      });
      await bench.desk.resolve(journalId, 'Сверено с историей на сервере лояльности');
      expect((await bench.desk.listDay()).entries[0]).toMatchObject({ outcome: 'resolved', lateLanding: true });
    },
  );

  it('holds a customer under review until a manager resolves it with a note', async () => {
    await start({ recordShapes: ['split'] });
    bench.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
    const { journalId } = await send();
    await bench.advance(11 * MINUTE);
    expect((await failureOf(bench.desk.send(points(100)))).code).toBe('busy');
    expect(await bench.desk.resolve(journalId, 'Списано двумя записями, всё верно')).toMatchObject({
      state: 'resolved',
      holdsCustomer: false,
    });
    expect((await send(points(100))).state).toBe('applied');
    expect((await bench.desk.listDay()).entries[0]).toMatchObject({
      outcome: 'resolved',
      resolution: 'Списано двумя записями, всё верно',
    });
  });
});

describe('after "not applied" the cashier writes off again', () => {
  it('keeps looking at history dated before a newer write-off, and flags the old one found there', async () => {
    // Applied half a minute after it arrived, while every read fails; its entry shows in the history 15 minutes later.
    await start({
      lateApply: { minMs: 30_000, maxMs: 30_000 },
      historyLag: { minMs: 15 * MINUTE, maxMs: 15 * MINUTE },
    });
    const old = await send(points(12_345));
    expect(old.state).toBe('in-doubt');
    bench.simulator.injectFault({ kind: 'status', status: 503, times: Infinity });
    await bench.advance(5 * MINUTE);
    expect(await report(old.journalId)).toMatchObject({ state: 'needs-review', lateLanding: false });
    await bench.desk.resolve(old.journalId, 'Сверено с историей на сервере лояльности');
    bench.simulator.clearFaults();
    bench.simulator.setBehaviours({ historyLag: { minMs: 15 * MINUTE, maxMs: 15 * MINUTE } });
    expect((await send(points(100))).state).toBe('applied');
    await bench.advance(30 * MINUTE);
    expect(await report(old.journalId)).toMatchObject({ state: 'resolved', lateLanding: true });
  });

  it('takes no newer write-off for the old one landing late', async () => {
    await start();
    bench.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    const first = await send();
    await bench.advance(11 * MINUTE);
    expect((await report(first.journalId)).state).toBe('settled-not-applied');
    expect((await send()).state).toBe('applied');
    await bench.advance(40 * MINUTE);
    expect(await report(first.journalId)).toMatchObject({
      state: 'settled-not-applied',
      lateLanding: false,
      holdsCustomer: false,
    });
  });
});
