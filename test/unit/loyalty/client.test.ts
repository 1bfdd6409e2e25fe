// The loyalty API client against the simulator on a real loopback port: every endpoint, every fault, every typed error.
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthConfig } from '../../../electron/loyalty/auth';
import { createLoyaltyClient, type LoyaltyClient } from '../../../electron/loyalty/client';
import { LoyaltyError } from '../../../electron/loyalty/errors';
import { DEMO } from '../../../electron/training/demo-data';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';
import { listenOnLoopback, unreachableUrl } from '../../support/loopback';

let simulator: Simulator;
let server: { url: string; close(): Promise<void> };

function client(
  options: { auth?: AuthConfig; timeoutMs?: number; maxBytes?: number; logOddity?: (message: string) => void } = {},
): LoyaltyClient {
  return createLoyaltyClient({
    baseUrl: server.url,
    auth: options.auth ?? { scheme: 'none' },
    timeoutMs: options.timeoutMs ?? 2_000,
    maxBytes: options.maxBytes,
    logOddity: options.logOddity,
  });
}

async function failure(promise: Promise<unknown>): Promise<LoyaltyError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LoyaltyError);
  return error as LoyaltyError;
}

async function start(sim: Simulator) {
  simulator = sim;
  server = await sim.listen();
}

beforeEach(async () => start(createSimulator()));
afterEach(async () => server.close());

describe('reads', () => {
  it('finds a client by trailing digits of the phone', async () => {
    const found = await client().searchClients({ phone: `%${DEMO.single.phone.slice(-4)}` });
    expect(found).toEqual([
      { id: DEMO.single.id, name: DEMO.single.name, phone: DEMO.single.phone, email: DEMO.single.email },
    ]);
  });

  it('keeps documented nulls as nulls', async () => {
    const all = await client().searchClients({});
    expect(all.find((c) => c.id === DEMO.nulls.id)).toEqual({
      id: DEMO.nulls.id,
      name: null,
      phone: null,
      email: null,
    });
  });

  it('reads balances in minor units', async () => {
    const balances = await client().getBalance(DEMO.single.id);
    expect(balances).toEqual([
      { currency: 'points', amount: DEMO.single.points },
      { currency: 'rubles', amount: DEMO.single.rubles },
    ]);
  });

  it('reads coupons', async () => {
    const coupons = await client().getCoupons(DEMO.couponHolder.id);
    expect(coupons.map((c) => c.id).sort()).toEqual(
      [DEMO.couponHolder.expiredCouponId, DEMO.couponHolder.todayCouponId, DEMO.couponHolder.validCouponId].sort(),
    );
  });

  it('pages history with offset and limit, newest first', async () => {
    const api = client();
    const first = await api.getHistory(DEMO.bigHistory.id, { offset: 0, limit: 50 });
    const second = await api.getHistory(DEMO.bigHistory.id, { offset: 50, limit: 50 });
    expect(first).toHaveLength(50);
    expect(second).toHaveLength(50);
    const dates = [...first, ...second].map((entry) => entry.transactionDate);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set([...first, ...second].map((e) => e.transactionId)).size).toBe(100);
    expect(first).toEqual(simulator.history(DEMO.bigHistory.id).slice(0, 50));
  });

  it('passes an inclusive date range', async () => {
    const newest = simulator.history(DEMO.bigHistory.id)[0]!;
    const page = await client().getHistory(DEMO.bigHistory.id, {
      from: newest.transactionDate,
      to: newest.transactionDate,
    });
    expect(page.length).toBeGreaterThan(0);
    expect(page.every((entry) => entry.transactionDate === newest.transactionDate)).toBe(true);
  });
});

describe('write-off', () => {
  it('sends amounts as two-decimal numbers and coupons as ids', async () => {
    await client().writeOff({
      clientId: DEMO.rich.id,
      balance: [{ currency: 'points', amount: 12_345 }],
      coupons: [DEMO.rich.couponIds[0]],
    });
    expect(simulator.balance(DEMO.rich.id).points).toBe(DEMO.rich.points - 12_345);
    expect(simulator.coupons(DEMO.rich.id).map((c) => c.id)).toEqual([DEMO.rich.couponIds[1]]);
    expect(simulator.writeOffPosts).toBe(1);
  });

  it('reports a refusal with the server message', async () => {
    const error = await failure(
      client().writeOff({ clientId: DEMO.newcomer.id, balance: [{ currency: 'points', amount: 100 }], coupons: [] }),
    );
    expect(error.kind).toBe('http');
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.status).toBeLessThan(500);
    expect(error.serverMessage).toMatch(/[а-я]/i);
  });

  it.each([
    [{ kind: 'status', status: 500 } as const, 'http'],
    [{ kind: 'status', status: 503 } as const, 'http'],
    [{ kind: 'reset-before-apply' } as const, 'network'],
    [{ kind: 'reset-after-apply' } as const, 'network'],
    [{ kind: 'error-after-apply', status: 500 } as const, 'http'],
  ])('is sent exactly once, never retried, on %o', async (fault, kind) => {
    simulator.injectFault({ ...fault, match: 'write-off', times: 5 });
    const error = await failure(
      client().writeOff({ clientId: DEMO.rich.id, balance: [{ currency: 'rubles', amount: 100 }], coupons: [] }),
    );
    expect(error.kind).toBe(kind);
    expect(simulator.writeOffPosts).toBe(1);
  });

  it('never follows a redirect, so the body is sent once and the outcome is left to reading back', async () => {
    let posts = 0;
    const redirecting = await listenOnLoopback(
      http.createServer((request, response) => {
        if (request.method === 'POST') posts += 1;
        response.writeHead(307, { location: '/elsewhere/' }).end();
      }),
    );
    const api = createLoyaltyClient({ baseUrl: redirecting.url, auth: { scheme: 'none' }, timeoutMs: 1_000 });
    const error = await failure(
      api.writeOff({ clientId: 1, balance: [{ currency: 'points', amount: 1 }], coupons: [] }),
    );
    await redirecting.close();
    expect(error.kind).toBe('network');
    expect(posts).toBe(1);
  });

  it('calls a 2xx answer whose body is not JSON malformed, since it may not be the server speaking', async () => {
    simulator.injectFault({ kind: 'malformed', body: '<html>OK</html>', match: 'write-off' });
    const error = await failure(
      client().writeOff({ clientId: DEMO.rich.id, balance: [{ currency: 'rubles', amount: 100 }], coupons: [] }),
    );
    expect(error.kind).toBe('malformed');
    expect(simulator.writeOffPosts).toBe(1);
  });

  it('takes a 2xx answer with a JSON body as applied', async () => {
    simulator.injectFault({ kind: 'malformed', body: '{"status":"ok"}', match: 'write-off' });
    await client().writeOff({ clientId: DEMO.rich.id, balance: [{ currency: 'rubles', amount: 100 }], coupons: [] });
    expect(simulator.balance(DEMO.rich.id).rubles).toBe(DEMO.rich.rubles - 100);
  });

  it('times out when the server applies it and never answers', async () => {
    simulator.injectFault({ kind: 'hang-after-apply', match: 'write-off' });
    const error = await failure(
      client({ timeoutMs: 1_000 }).writeOff({
        clientId: DEMO.rich.id,
        balance: [{ currency: 'rubles', amount: 100 }],
        coupons: [],
      }),
    );
    expect(error.kind).toBe('timeout');
    expect(simulator.writeOffPosts).toBe(1);
    await expect.poll(() => simulator.balance(DEMO.rich.id).rubles).toBe(DEMO.rich.rubles - 100);
  });
});

describe('retries of reads', () => {
  it('retries a read twice on a 5xx and then succeeds', async () => {
    simulator.injectFault({ kind: 'status', status: 503, match: 'balance', times: 2 });
    expect(await client().getBalance(DEMO.single.id)).toHaveLength(2);
  });

  it('gives up after two retries with the server message', async () => {
    simulator.injectFault({
      kind: 'status',
      status: 502,
      match: 'balance',
      times: 3,
      body: { message: 'Шлюз недоступен' },
    });
    const error = await failure(client().getBalance(DEMO.single.id));
    expect(error).toMatchObject({ kind: 'http', status: 502, serverMessage: 'Шлюз недоступен' });
  });

  it('retries a read whose connection was reset', async () => {
    simulator.injectFault({ kind: 'reset-before-apply', match: 'coupons', times: 2 });
    expect(await client().getCoupons(DEMO.couponHolder.id)).toHaveLength(3);
  });

  it('does not retry a 4xx', async () => {
    simulator.injectFault({ kind: 'status', status: 400, match: 'balance', times: 1 });
    expect((await failure(client().getBalance(DEMO.single.id))).status).toBe(400);
  });
});

describe('typed errors', () => {
  it('says not-found for an unknown client, with the server message', async () => {
    const error = await failure(client().getBalance(999));
    expect(error.kind).toBe('not-found');
    expect(error.serverMessage).toBeTruthy();
  });

  it('uses the status line when the error body is not JSON', async () => {
    simulator.injectFault({
      kind: 'status',
      status: 418,
      body: '<html>teapot</html>',
      contentType: 'text/html',
      match: 'balance',
    });
    const error = await failure(client().getBalance(DEMO.single.id));
    expect(error.serverMessage).toMatch(/^418/);
  });

  it.each(['{"oops"', '<html><body>Bad Gateway</body></html>', '[{"amount":"x","currency":"points"}]', '{}', ''])(
    'calls the answer %j malformed',
    async (body) => {
      simulator.injectFault({ kind: 'malformed', body, match: 'balance' });
      expect((await failure(client().getBalance(DEMO.single.id))).kind).toBe('malformed');
    },
  );

  it('reads an amount with float noise or a third decimal, limits rounded down, and logs the oddity once', async () => {
    const odd: string[] = [];
    const api = client({ logOddity: (message) => odd.push(message) });
    simulator.injectFault({
      kind: 'malformed',
      body: '[{"amount":61.728,"currency":"points"},{"amount":0.30000000000000004,"currency":"rubles"}]',
      match: 'balance',
      times: 2,
    });
    expect(await api.getBalance(DEMO.single.id)).toEqual([
      { currency: 'points', amount: 6_172 },
      { currency: 'rubles', amount: 30 },
    ]);
    await api.getBalance(DEMO.single.id);
    expect(odd).toEqual([expect.stringMatching(/more than two decimals/)]);
    simulator.injectFault({
      kind: 'malformed',
      body: '[{"amount":-61.728,"currency":"points","transactionDate":1,"transactionId":"7"}]',
      match: 'history',
    });
    expect((await api.getHistory(DEMO.single.id))[0]!.amount).toBe(-6_173);
  });

  it('calls a truncated body a network failure', async () => {
    simulator.injectFault({ kind: 'truncated', match: 'balance', times: 3 });
    expect((await failure(client().getBalance(DEMO.single.id))).kind).toBe('network');
  });

  it('times out on a body that never ends', async () => {
    simulator.injectFault({ kind: 'never-ending', match: 'balance', times: 3 });
    expect((await failure(client({ timeoutMs: 300 }).getBalance(DEMO.single.id))).kind).toBe('timeout');
  });

  it('times out on a slow server', async () => {
    simulator.setLatency(1_000);
    expect((await failure(client({ timeoutMs: 200 }).getCoupons(DEMO.single.id))).kind).toBe('timeout');
  });

  it('refuses an answer over the size cap', async () => {
    expect((await failure(client({ maxBytes: 100 }).searchClients({}))).kind).toBe('too-large');
  });

  it('says unreachable when nothing listens', async () => {
    const baseUrl = await unreachableUrl();
    const api = createLoyaltyClient({ baseUrl, auth: { scheme: 'none' }, timeoutMs: 1_000 });
    const error = await failure(api.getBalance(1));
    expect(error.kind).toBe('unreachable');
    expect(error.message).not.toContain(new URL(baseUrl).port);
  });
});

describe('authentication', () => {
  const schemes: [AuthConfig, AuthConfig][] = [
    [
      { scheme: 'bearer', token: 't0ken' },
      { scheme: 'bearer', token: 'wrong' },
    ],
    [
      { scheme: 'basic', login: 'shop', password: 'пароль' },
      { scheme: 'basic', login: 'shop', password: 'nope' },
    ],
    [
      { scheme: 'apiKey', header: 'X-Api-Key', key: 'k3y' },
      { scheme: 'apiKey', header: 'X-Api-Key', key: 'bad' },
    ],
  ];

  it.each(schemes)('%o is accepted, and a wrong one is unauthorized', async (right, wrong) => {
    await server.close();
    const { scheme, ...rest } = right;
    await start(createSimulator({ auth: { scheme, ...rest } as never }));
    expect(await client({ auth: right }).getBalance(DEMO.single.id)).toHaveLength(2);
    expect((await failure(client({ auth: wrong }).getBalance(DEMO.single.id))).kind).toBe('unauthorized');
    expect((await failure(client().getBalance(DEMO.single.id))).kind).toBe('unauthorized');
  });
});
