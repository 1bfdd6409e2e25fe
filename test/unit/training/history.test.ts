// Balance history: newest first, inclusive date bounds, offset and limit, parameter checks, and the binary search behind them.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import type { HistoryEntry } from '../../../common/domain';
import { HistoryLog } from '../../../electron/training/history-log';
import { api, getJson, russianMessage, testClock } from './support';

interface WireEntry {
  amount: number;
  currency: string;
  transactionDate: number;
  transactionId: string;
}

const id = DEMO.bigHistory.id;
let sim: Simulator;
/** The whole history as the endpoint gives it, the oracle for every narrower query. */
let all: WireEntry[];

beforeAll(async () => {
  sim = createSimulator({ now: testClock().now });
  all = (await getJson<WireEntry[]>(sim, api.history(id))).body;
});

async function history(query: Record<string, string | number>): Promise<WireEntry[]> {
  const { status, body } = await getJson<WireEntry[]>(sim, api.history(id, query));
  expect(status).toBe(200);
  return body;
}

const at = (index: number): number => {
  const entry = all[index];
  if (!entry) throw new RangeError(`no entry ${index}`);
  return entry.transactionDate;
};

describe('balance history endpoint', () => {
  it('answers every entry, newest first, with amounts as the state holds them', () => {
    expect(all).toHaveLength(DEMO.bigHistory.entries);
    expect(all.every((entry, i) => i === 0 || at(i - 1) >= entry.transactionDate)).toBe(true);
    expect(all.map((entry) => Math.round(entry.amount * 100))).toEqual(sim.history(id).map((entry) => entry.amount));
    expect(all[0]).toEqual({
      amount: expect.any(Number),
      currency: expect.any(String),
      transactionDate: expect.any(Number),
      transactionId: expect.any(String),
    });
  });

  it('includes entries dated exactly at from and at to', async () => {
    const from = at(300);
    const to = at(100);
    const page = await history({ from, to });
    expect(page).toEqual(all.filter((entry) => entry.transactionDate >= from && entry.transactionDate <= to));
    expect(page[0]?.transactionDate).toBe(to);
    expect(page.at(-1)?.transactionDate).toBe(from);
  });

  it('answers every entry sharing a timestamp when from and to are that timestamp', async () => {
    const tie = all.findIndex((entry, i) => i > 0 && entry.transactionDate === at(i - 1));
    expect(tie).toBeGreaterThan(0);
    const page = await history({ from: at(tie), to: at(tie) });
    expect(page.length).toBeGreaterThanOrEqual(2);
    expect(page).toEqual(all.filter((entry) => entry.transactionDate === at(tie)));
  });

  it('takes from and to alone, and answers nothing when from is after to', async () => {
    expect(await history({ from: at(10) })).toEqual(all.filter((entry) => entry.transactionDate >= at(10)));
    expect(await history({ to: at(9_990) })).toEqual(all.filter((entry) => entry.transactionDate <= at(9_990)));
    expect(await history({ from: at(10), to: at(20) })).toEqual([]);
  });

  it('pages with offset (from 0) and limit', async () => {
    expect(await history({ offset: 10, limit: 5 })).toEqual(all.slice(10, 15));
    expect(await history({ offset: 0, limit: 1 })).toEqual(all.slice(0, 1));
    expect(await history({ offset: all.length - 1 })).toEqual(all.slice(-1));
    expect(await history({ offset: 9_998, limit: 50 })).toEqual(all.slice(9_998));
  });

  it('answers an empty page past the end or with limit 0', async () => {
    expect(await history({ offset: all.length })).toEqual([]);
    expect(await history({ offset: 1_000_000 })).toEqual([]);
    expect(await history({ limit: 0 })).toEqual([]);
  });

  it('applies offset and limit within the date range', async () => {
    const from = at(500);
    const to = at(200);
    const inRange = all.filter((entry) => entry.transactionDate >= from && entry.transactionDate <= to);
    expect(await history({ from, to, offset: 7, limit: 30 })).toEqual(inRange.slice(7, 37));
  });

  it.each([
    ['from', 'abc'],
    ['to', '1.5'],
    ['to', '1e12'],
    ['offset', '-1'],
    ['limit', '-5'],
    ['limit', 'ten'],
    ['offset', '99999999999999999999'],
  ])('refuses %s=%s with 400 and a message', async (key, value) => {
    expect(await getJson(sim, api.history(id, { [key]: value }))).toEqual({ status: 400, body: russianMessage });
  });

  it('answers 404 for an unknown client', async () => {
    expect(await getJson(sim, api.history(1))).toEqual({ status: 404, body: russianMessage });
  });
});

describe('HistoryLog', () => {
  const entry = (transactionDate: number, n: number): HistoryEntry => ({
    amount: n,
    currency: 'points',
    transactionDate,
    transactionId: String(n),
  });

  it('pages exactly as filtering and slicing would, for any bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 60 }),
        fc.option(fc.integer({ min: -5, max: 45 }), { nil: undefined }),
        fc.option(fc.integer({ min: -5, max: 45 }), { nil: undefined }),
        fc.option(fc.nat(70), { nil: undefined }),
        fc.option(fc.nat(70), { nil: undefined }),
        (dates, from, to, offset, limit) => {
          const entries = dates.map((date, n) => entry(date, n));
          const newestFirst = [...entries].sort((a, b) => b.transactionDate - a.transactionDate || b.amount - a.amount);
          const expected = newestFirst
            .filter(
              (e) => (from === undefined || e.transactionDate >= from) && (to === undefined || e.transactionDate <= to),
            )
            .slice(offset ?? 0, limit === undefined ? undefined : (offset ?? 0) + limit);
          expect(new HistoryLog(entries).page({ from, to, offset, limit })).toEqual(expected);
        },
      ),
    );
  });

  it('puts an entry added later before older ones of the same date, and keeps date order when the clock goes back', () => {
    const log = new HistoryLog([entry(10, 1), entry(20, 2)]);
    log.add(entry(20, 3));
    log.add(entry(5, 4));
    expect(log.page({}).map((e) => e.amount)).toEqual([3, 2, 1, 4]);
  });
});
