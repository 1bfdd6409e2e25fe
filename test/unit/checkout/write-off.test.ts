// Sending a write-off: journaled before it leaves, sent once, every fault of the simulator settled to what really happened.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fault } from '../../../electron/training/types';
import { createWriteOffDesk } from '../../../electron/checkout/write-off';
import { PosFailure } from '../../../common/failure';
import { createLoyaltyClient } from '../../../electron/loyalty/client';
import type { FetchLike } from '../../../electron/loyalty/transport';
import {
  FAST_TIMING,
  journalRecords,
  points,
  rich,
  SERVER,
  startBench,
  statesOf,
  TEST_JOURNAL_KEY,
  type Bench,
} from './support';

let bench: Bench;
afterEach(async () => bench.close());

async function failureOf(promise: Promise<unknown>): Promise<PosFailure> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PosFailure);
  return error as PosFailure;
}

describe('sending a write-off', () => {
  it('journals intent and "sent" before the POST, then "applied", and reports it again later', async () => {
    bench = await startBench();
    const desk = bench.openDesk();
    const report = await desk.send(points(100, [rich.couponIds[0]]));
    expect(report).toMatchObject({
      state: 'applied',
      step: null,
      clientId: rich.id,
      balance: [{ currency: 'points', amount: 100 }],
      coupons: [rich.couponIds[0]],
    });
    expect(await desk.report(report.journalId)).toEqual(report);
    expect(bench.simulator.balance(rich.id).points).toBe(rich.points - 100);
    expect(await statesOf(bench.dir, report.journalId)).toEqual(['sent', 'applied']);
    const [intent] = await journalRecords(bench.dir);
    expect(intent).toMatchObject({
      type: 'intent',
      id: report.journalId,
      terminalId: 'till-1',
      server: SERVER,
      clientId: rich.id,
      coupons: [rich.couponIds[0]],
    });
    // The snapshot holds the client's recent history and coupons as they were before sending.
    expect(intent?.type === 'intent' && intent.snapshot.couponIds).toEqual(expect.arrayContaining([...rich.couponIds]));
  });

  it('has the intent on disk while the POST is still on its way, and counts it as in flight', async () => {
    bench = await startBench();
    const desk = bench.openDesk();
    bench.simulator.injectFault({ kind: 'latency', ms: 300, match: 'write-off' });
    const sending = desk.send(points(100));
    await expect.poll(() => bench.simulator.writeOffPosts).toBe(1);
    const records = await journalRecords(bench.dir);
    expect(records.map((record) => (record.type === 'intent' ? 'intent' : record.state))).toEqual(['intent', 'sent']);
    expect(desk.activity()).toEqual({ writeOffsInFlight: 1, writeOffsInDoubt: 0 });
    expect((await sending).state).toBe('applied');
    expect(desk.activity()).toEqual({ writeOffsInFlight: 0, writeOffsInDoubt: 0 });
  });

  it('says rejected, with the server message, and journals "refused" when the server refuses', async () => {
    bench = await startBench();
    const desk = bench.openDesk();
    const failure = await failureOf(desk.send(points(rich.points + 1)));
    expect(failure.code).toBe('rejected');
    expect(failure.message).toMatch(/Недостаточно средств/);
    const [intent] = await journalRecords(bench.dir);
    expect(await statesOf(bench.dir, intent!.id)).toEqual(['sent', 'refused']);
    expect(bench.simulator.balance(rich.id).points).toBe(rich.points);
  });

  it('journals "not sent" when the connection is refused before anything left', async () => {
    // Reads reach the simulator; the write-off meets a refused connection, as when the server's port is closed.
    const refusing: FetchLike = async (input, init) => {
      if (init?.method === 'POST')
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
        });
      return fetch(input, init);
    };
    bench = await startBench({ fetch: refusing });
    const desk = bench.openDesk();
    expect((await failureOf(desk.send(points(100)))).code).toBe('network');
    const [intent] = await journalRecords(bench.dir);
    expect(await statesOf(bench.dir, intent!.id)).toEqual(['sent', 'not-sent']);
    // Nothing is held: the cashier may try again at once (and meets the same closed port, not "busy").
    expect((await failureOf(desk.send(points(100)))).code).toBe('network');
    expect(bench.simulator.writeOffPosts).toBe(0);
  });

  it.each([
    ['empty', { clientId: 1, balance: [], coupons: [] }],
    ['an unknown currency', { clientId: 1, balance: [{ currency: 'bonus_miles', amount: 5 }], coupons: [] }],
    [
      'a currency twice',
      {
        clientId: 1,
        balance: [
          { currency: 'points', amount: 5 },
          { currency: 'points', amount: 6 },
        ],
        coupons: [],
      },
    ],
    ['a coupon twice', { clientId: 1, balance: [], coupons: [7, 7] }],
  ])('never sends or journals a write-off that is %s', async (_what, request) => {
    bench = await startBench();
    expect((await failureOf(bench.openDesk().send(request))).code).toBe('invalid-input');
    expect(bench.simulator.writeOffPosts).toBe(0);
    expect(await journalRecords(bench.dir)).toEqual([]);
  });

  it('refuses a coupon the client does not hold without sending anything', async () => {
    bench = await startBench();
    expect((await failureOf(bench.openDesk().send(points(100, [999_999])))).code).toBe('rejected');
    expect(bench.simulator.writeOffPosts).toBe(0);
  });

  it('sends nothing when the journal cannot be opened', async () => {
    bench = await startBench();
    const notAFolder = path.join(bench.dir, 'file');
    await writeFile(notAFolder, 'x');
    const desk = createWriteOffDesk({
      journalDir: notAFolder,
      journalKey: TEST_JOURNAL_KEY,
      terminalId: 't',
      loyaltyClient: () => bench.client,
      server: () => SERVER,
    });
    expect((await failureOf(desk.send(points(100)))).code).toBe('journal-unavailable');
    expect(bench.simulator.writeOffPosts).toBe(0);
    await desk.close();
  });

  it('answers not-found for a journal id it never issued', async () => {
    bench = await startBench();
    expect((await failureOf(bench.openDesk().report('nope'))).code).toBe('not-found');
  });
});

describe('every fault of the simulator settles to the truth', () => {
  const cases: [string, Fault, 'applied' | 'settled-applied' | 'settled-not-applied'][] = [
    ['reset before apply', { kind: 'reset-before-apply' }, 'settled-not-applied'],
    ['reset after apply', { kind: 'reset-after-apply' }, 'settled-applied'],
    ['500 before apply', { kind: 'status', status: 500 }, 'settled-not-applied'],
    ['500 after apply', { kind: 'error-after-apply' }, 'settled-applied'],
    ['timeout after apply', { kind: 'hang-after-apply' }, 'settled-applied'],
    ['timeout before apply (latency past the deadline)', { kind: 'latency', ms: 2_000 }, 'settled-not-applied'],
    ['truncated answer', { kind: 'truncated' }, 'settled-applied'],
    ['malformed 200', { kind: 'malformed', body: '{"oops' }, 'settled-applied'],
    ['200 with a JSON body', { kind: 'malformed', body: '{"status":"ok"}' }, 'applied'],
  ];

  it.each(cases)('%s', async (_name, fault, expected) => {
    bench = await startBench({ timeoutMs: 400 });
    const desk = bench.openDesk();
    const request = points(1_250, [rich.couponIds[1]]);
    bench.simulator.injectFault({ ...fault, match: 'write-off' });
    const first = await desk.send(request);
    expect(first.state).toBe(expected === 'applied' ? 'applied' : 'in-doubt');
    await desk.settled();
    const report = await desk.report(first.journalId);
    expect(report.state).toBe(expected);
    // The truth, from the simulator's own state: applied exactly once, or not at all.
    const applied = expected !== 'settled-not-applied';
    expect(bench.simulator.balance(rich.id).points).toBe(rich.points - (applied ? 1_250 : 0));
    expect(bench.simulator.coupons(rich.id).some((coupon) => coupon.id === rich.couponIds[1])).toBe(!applied);
    expect(bench.simulator.writeOffPosts).toBe(1);
    const states = await statesOf(bench.dir, first.journalId);
    expect(states).toEqual(expected === 'applied' ? ['sent', 'applied'] : ['sent', 'in-doubt', expected]);
  });
});

describe('one write-off at a time per client', () => {
  it('sends exactly one POST when the cashier confirms twice at once', async () => {
    bench = await startBench();
    const desk = bench.openDesk();
    bench.simulator.injectFault({ kind: 'latency', ms: 100, match: 'write-off' });
    const results = await Promise.allSettled([desk.send(points(100)), desk.send(points(100))]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((result) => result.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: 'busy' });
    expect(bench.simulator.writeOffPosts).toBe(1);
    expect(bench.simulator.balance(rich.id).points).toBe(rich.points - 100);
  });

  it('lets write-offs for different clients go at the same time', async () => {
    bench = await startBench();
    const desk = bench.openDesk();
    const other = { clientId: 1234567, balance: [{ currency: 'points', amount: 100 }], coupons: [] };
    const [first, second] = await Promise.all([desk.send(points(100)), desk.send(other)]);
    expect([first.state, second.state]).toEqual(['applied', 'applied']);
    expect(bench.simulator.writeOffPosts).toBe(2);
  });
});

describe('after the settings switch servers', () => {
  it('reads back only on the server the write-off went to', async () => {
    bench = await startBench();
    const client = createLoyaltyClient({ baseUrl: bench.server.url, auth: { scheme: 'none' }, timeoutMs: 500 });
    let server = SERVER;
    const desk = createWriteOffDesk({
      journalDir: bench.dir,
      journalKey: TEST_JOURNAL_KEY,
      terminalId: 't',
      loyaltyClient: () => client,
      server: () => server,
      timing: FAST_TIMING,
    });
    bench.simulator.injectFault({ kind: 'hang-after-apply', match: 'write-off' });
    const sending = desk.send(points(100));
    // The settings switch to another server while the POST waits for its answer.
    await expect.poll(() => bench.simulator.writeOffPosts).toBe(1);
    server = 'somewhere-else';
    const { journalId } = await sending;
    await expect.poll(async () => (await desk.report(journalId)).readFailures ?? 0).toBeGreaterThanOrEqual(2);
    expect((await desk.report(journalId)).state).toBe('in-doubt');
    server = SERVER;
    await desk.settled();
    expect((await desk.report(journalId)).state).toBe('settled-applied');
    await desk.close();
  });
});
