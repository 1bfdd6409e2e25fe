// The read-only contract suite: what the app relies on from any loyalty API server. Runs on the simulator unless LOYALTY_API_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../common/domain';
import { phoneSearchPattern } from '../../../common/phone';
import { createLoyaltyClient, type LoyaltyClient } from '../../../electron/loyalty/client';
import { LoyaltyError } from '../../../electron/loyalty/errors';
import { apiTarget, type ApiTarget } from '../../support/api-target';

let target: ApiTarget;
let api: LoyaltyClient;
let client: Client;

beforeAll(async () => {
  target = await apiTarget();
  api = createLoyaltyClient({ baseUrl: target.baseUrl, auth: target.auth, timeoutMs: 10_000 });
  const found = await api.searchClients({ phone: phoneSearchPattern(target.phone) ?? '' });
  client = found[0]!;
});
afterAll(async () => target.close());

describe(`loyalty API contract (${process.env.LOYALTY_API_URL ? 'external server' : 'simulator'})`, () => {
  it('finds the known client by the trailing digits of its phone', () => {
    expect(client).toBeDefined();
    expect(Number.isInteger(client.id)).toBe(true);
    if (target.expectedName) expect(client.name).toBe(target.expectedName);
  });

  it('answers balances as integer minor units in named currencies', async () => {
    const balances = await api.getBalance(client.id);
    for (const balance of balances) {
      expect(Number.isSafeInteger(balance.amount)).toBe(true);
      expect(balance.currency).not.toBe('');
    }
  });

  it('answers coupons with ids, titles and expiry instants', async () => {
    for (const coupon of await api.getCoupons(client.id)) {
      expect(Number.isInteger(coupon.id)).toBe(true);
      expect(typeof coupon.title).toBe('string');
      expect(Number.isInteger(coupon.expireDate)).toBe(true);
    }
  });

  it('pages history consistently: two half pages make the whole page, newest first', async () => {
    const whole = await api.getHistory(client.id, { offset: 0, limit: 10 });
    const first = await api.getHistory(client.id, { offset: 0, limit: 5 });
    const second = await api.getHistory(client.id, { offset: 5, limit: 5 });
    expect([...first, ...second]).toEqual(whole);
    const dates = whole.map((entry) => entry.transactionDate);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('treats the history date range as inclusive', async () => {
    const [newest] = await api.getHistory(client.id, { offset: 0, limit: 1 });
    if (!newest) return;
    const exact = await api.getHistory(client.id, { from: newest.transactionDate, to: newest.transactionDate });
    expect(exact.map((entry) => entry.transactionId)).toContain(newest.transactionId);
  });

  it('answers an offset past the end with an empty page', async () => {
    expect(await api.getHistory(client.id, { offset: 10_000_000, limit: 5 })).toEqual([]);
  });

  it('answers an unknown client with a 4xx the app can show', async () => {
    const error = await api.getBalance(2_147_483_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoyaltyError);
    expect((error as LoyaltyError).status).toBeGreaterThanOrEqual(400);
    expect((error as LoyaltyError).status).toBeLessThan(500);
  });
});
