// Sending a write-off: what each answer of the server makes of it, against the simulator over loopback.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWriteOffDesk, type WriteOffDesk } from '../../../electron/checkout/write-off';
import { PosFailure } from '../../../electron/ipc/failure';
import { createLoyaltyClient } from '../../../electron/loyalty/client';
import { DEMO } from '../../../electron/training/demo-data';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';

let simulator: Simulator;
let server: { url: string; close(): Promise<void> };
let desk: WriteOffDesk;

beforeEach(async () => {
  simulator = createSimulator();
  server = await simulator.listen();
  const client = createLoyaltyClient({ baseUrl: server.url, auth: { scheme: 'none' }, timeoutMs: 500 });
  desk = createWriteOffDesk(() => client, () => 1_700_000_000_000);
});
afterEach(async () => server.close());

const points = (amount: number) => ({ clientId: DEMO.rich.id, balance: [{ currency: 'points', amount }], coupons: [] });

async function failureOf(promise: Promise<unknown>): Promise<PosFailure> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PosFailure);
  return error as PosFailure;
}

describe('write-off desk', () => {
  it('reports an applied write-off and can tell it again later', async () => {
    const report = await desk.send(points(100));
    expect(report).toMatchObject({ state: 'applied', clientId: DEMO.rich.id, balance: [{ currency: 'points', amount: 100 }], createdAt: 1_700_000_000_000 });
    expect(desk.report(report.journalId)).toEqual(report);
    expect(simulator.balance(DEMO.rich.id).points).toBe(DEMO.rich.points - 100);
  });

  it('says rejected, with the server message, when the server refuses', async () => {
    const failure = await failureOf(desk.send(points(DEMO.rich.points + 1)));
    expect(failure.code).toBe('rejected');
    expect(failure.message).toMatch(/[а-я]/i);
  });

  it('reports in doubt when the server applied it and the answer was lost', async () => {
    simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
    expect((await desk.send(points(100))).state).toBe('in-doubt');
    expect(simulator.writeOffPosts).toBe(1);
  });

  it.each([
    ['empty', { clientId: 1, balance: [], coupons: [] }],
    ['an unknown currency', { clientId: 1, balance: [{ currency: 'bonus_miles', amount: 5 }], coupons: [] }],
    ['a currency twice', { clientId: 1, balance: [{ currency: 'points', amount: 5 }, { currency: 'points', amount: 6 }], coupons: [] }],
    ['a coupon twice', { clientId: 1, balance: [], coupons: [7, 7] }],
  ])('never sends a write-off that is %s', async (_what, request) => {
    expect((await failureOf(desk.send(request))).code).toBe('invalid-input');
    expect(simulator.writeOffPosts).toBe(0);
  });

  it('answers not-found for a journal id it never issued', () => {
    expect(() => desk.report('nope')).toThrow(PosFailure);
  });
});
