// The main side reads the card of the one customer a search found before the window asks, and the window's request
// joins that read: counted at the simulator (requests received) and at the client (requests sent, at once).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientMatches } from '../../../common/contract';
import { CARD_AHEAD_FRESH_MS, createCardAhead } from '../../../electron/customers/card-ahead';
import { createClientSearch } from '../../../electron/customers/search';
import { createLoyaltyClient, type LoyaltyClient } from '../../../electron/loyalty/client';
import { DEMO } from '../../../electron/training/demo-data';
import type { Listening } from '../../../electron/training/http-server';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';

let simulator: Simulator;
let server: Listening;

beforeEach(async () => {
  simulator = createSimulator();
  server = await simulator.listen();
});
afterEach(() => server.close());

/** The real client over loopback, counting the balance and coupon reads it is asked for at the moment they are asked. */
function countingClient() {
  const real = createLoyaltyClient({ baseUrl: server.url, auth: { scheme: 'none' }, timeoutMs: 2_000 });
  const asked = { balance: 0, coupons: 0 };
  const reads: Promise<unknown>[] = [];
  const client: LoyaltyClient = {
    ...real,
    getBalance: (id) => {
      asked.balance += 1;
      const read = real.getBalance(id);
      reads.push(read);
      return read;
    },
    getCoupons: (id) => {
      asked.coupons += 1;
      const read = real.getCoupons(id);
      reads.push(read);
      return read;
    },
  };
  /** Every read asked for so far has been answered, and what waited on those answers has run (one turn of the event loop). */
  const answered = async () => {
    await Promise.allSettled(reads);
    await new Promise((next) => setImmediate(next));
  };
  return { client, asked, answered };
}

/** A clock the test moves. */
function clock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

const searchFor = (client: LoyaltyClient, query: string) => {
  const search = createClientSearch();
  return () => search(client, { by: 'phone', query });
};

const pointsOf = (holdings: { balances: { currency: string; amount: number }[] }) =>
  holdings.balances.find((balance) => balance.currency === 'points')?.amount;

/** Reading ahead over a counting client, after a search that found Ivan alone. */
async function afterSearchForIvan(now?: () => number) {
  const counting = countingClient();
  const ahead = createCardAhead(now);
  const matches = await ahead.search(counting.client, searchFor(counting.client, DEMO.single.phone));
  return { ...counting, ahead, matches };
}

describe('the card of the one customer a search found', () => {
  it('is read as the search answers, before anyone asks for it', async () => {
    const { asked, matches } = await afterSearchForIvan();
    expect(matches.total).toBe(1);
    expect(asked).toEqual({ balance: 1, coupons: 1 });
    await expect.poll(() => simulator.requests()).toMatchObject({ clients: 1, balance: 1, coupons: 1 });
  });

  it('is what the card call gets: the window asking for it sends no request of its own', async () => {
    const { client, asked, ahead } = await afterSearchForIvan();
    const holdings = await ahead.foundCard(client, DEMO.single.id);
    expect(pointsOf(holdings)).toBe(DEMO.single.points);
    expect(asked).toEqual({ balance: 1, coupons: 1 });
    expect(simulator.requests()).toMatchObject({ clients: 1, balance: 1, coupons: 1 });
  });

  it('joined within the bound gives the read made then; past the bound it is read again and shows what changed since', async () => {
    const time = clock();
    const { client, asked, answered, ahead } = await afterSearchForIvan(time.now);
    await answered();
    // Another till writes off a point after the read ahead was answered.
    simulator.writeOffElsewhere(DEMO.single.id, 'points', 100);
    time.advance(CARD_AHEAD_FRESH_MS);
    expect(pointsOf(await ahead.foundCard(client, DEMO.single.id))).toBe(DEMO.single.points);
    expect(asked.balance).toBe(1);

    await ahead.search(client, searchFor(client, DEMO.single.phone));
    await answered();
    simulator.writeOffElsewhere(DEMO.single.id, 'points', 100);
    time.advance(CARD_AHEAD_FRESH_MS + 1);
    expect(pointsOf(await ahead.foundCard(client, DEMO.single.id))).toBe(DEMO.single.points - 200);
    expect(asked).toEqual({ balance: 3, coupons: 3 });
    await expect.poll(() => simulator.requests()).toMatchObject({ clients: 2, balance: 3, coupons: 3 });
  });

  it('is joined once: whatever asks next (a refresh, the write-off screen) reads the server again', async () => {
    const { client, asked, ahead } = await afterSearchForIvan();
    await ahead.foundCard(client, DEMO.single.id);
    await ahead.foundCard(client, DEMO.single.id);
    expect(asked).toEqual({ balance: 2, coupons: 2 });
  });

  it('is not given for another customer, nor through another connection', async () => {
    const { client, asked, ahead } = await afterSearchForIvan();
    const other = countingClient();
    expect(pointsOf(await ahead.foundCard(client, DEMO.rich.id))).toBe(DEMO.rich.points);
    await ahead.search(client, searchFor(client, DEMO.single.phone));
    await ahead.foundCard(other.client, DEMO.single.id);
    expect(asked).toEqual({ balance: 3, coupons: 3 });
    expect(other.asked).toEqual({ balance: 1, coupons: 1 });
  });
});

describe('nothing is read ahead', () => {
  it('when the search found several customers, or none', async () => {
    const { client, asked } = countingClient();
    const ahead = createCardAhead();
    expect((await ahead.search(client, searchFor(client, DEMO.sharedPhone.phone))).total).toBe(2);
    expect((await ahead.search(client, searchFor(client, '9000000001'))).total).toBe(0);
    expect(asked).toEqual({ balance: 0, coupons: 0 });
    await ahead.foundCard(client, DEMO.sharedPhone.ids[0]);
    expect(asked).toEqual({ balance: 1, coupons: 1 });
  });

  it('for a search a newer one overtook: its one customer is not the one the cashier is looking for now', async () => {
    const { client, asked } = countingClient();
    const ahead = createCardAhead();
    const older = deferred<ClientMatches>();
    const newer = deferred<ClientMatches>();
    const first = ahead.search(client, () => older.promise);
    const second = ahead.search(client, () => newer.promise);
    newer.resolve({ total: 2, clients: [] });
    await second;
    older.resolve({
      total: 1,
      clients: [{ id: DEMO.single.id, name: DEMO.single.name, phone: DEMO.single.phone, email: DEMO.single.email }],
    });
    await first;
    expect(asked).toEqual({ balance: 0, coupons: 0 });
  });

  it('and a read ahead that failed is let go: the card asked for afterwards is read afresh', async () => {
    simulator.injectFault({ kind: 'status', status: 404, match: 'balance' });
    const { client, asked, answered, ahead } = await afterSearchForIvan();
    await answered();
    expect(pointsOf(await ahead.foundCard(client, DEMO.single.id))).toBe(DEMO.single.points);
    expect(asked).toEqual({ balance: 2, coupons: 2 });
  });
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}
