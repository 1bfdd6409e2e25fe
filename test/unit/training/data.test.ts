// The demo data keeps the promises DEMO makes, the same seed gives the same data, and bulk sets are big and findable.

import { describe, expect, it } from 'vitest';
import { BULK, generateClients } from '../../../electron/training/generate-clients';
import { createDemoData, DEMO } from '../../../electron/training/demo-data';
import { createSimulator } from '../../../electron/training/simulator';
import type { SimClient } from '../../../electron/training/types';
import { api, getJson, START, testClock } from './support';

const data = createDemoData(DEMO.seed, START);
const byId = (id: number): SimClient => {
  const client = data.clients.find((candidate) => candidate.id === id);
  if (!client) throw new RangeError(`no demo client ${id}`);
  return client;
};
const phones = data.clients.flatMap((client) => (client.phone === null ? [] : [client.phone]));

describe('demo data', () => {
  it('is the same for the same seed and clock, and differs for another seed', () => {
    expect(createDemoData(DEMO.seed, START)).toEqual(data);
    expect(createDemoData(DEMO.seed + 1, START)).not.toEqual(data);
  });

  it('has DEMO.clientCount clients with unique ids and Russian names', () => {
    expect(data.clients).toHaveLength(DEMO.clientCount);
    expect(new Set(data.clients.map((client) => client.id)).size).toBe(DEMO.clientCount);
    const names = data.clients.flatMap((client) => (client.name === null ? [] : [client.name]));
    expect(names.every((name) => /^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/.test(name))).toBe(true);
  });

  it('stores phones as 10 digits starting with 7, or 11 digits with a country prefix', () => {
    expect(phones.every((phone) => /^7\d{9}$/.test(phone) || /^[78]\d{10}$/.test(phone))).toBe(true);
    expect(byId(DEMO.countryCode7.id).phone).toBe(`7${DEMO.countryCode7.national}`);
    expect(byId(DEMO.countryCode8.id).phone).toBe(`8${DEMO.countryCode8.national}`);
  });

  it('gives every phone unique last four digits except the shared one', () => {
    const suffixes = phones.filter((phone) => phone !== DEMO.sharedPhone.phone).map((phone) => phone.slice(-4));
    expect(new Set(suffixes).size).toBe(suffixes.length);
    expect(data.clients.filter((client) => client.phone === DEMO.sharedPhone.phone).map((client) => client.id)).toEqual(
      DEMO.sharedPhone.ids,
    );
  });

  it('has the client with nothing but an id, the nameless client and some without e-mail', () => {
    expect(byId(DEMO.nulls.id)).toMatchObject({ email: null, phone: null, name: null });
    expect(byId(DEMO.nullName.id)).toMatchObject({
      name: null,
      phone: DEMO.nullName.phone,
      email: DEMO.nullName.email,
    });
    expect(data.clients.filter((client) => client.email === null).length).toBeGreaterThan(2);
  });

  it('has the API example client, the rich client and the newcomer as described', () => {
    const { single, rich, newcomer } = DEMO;
    expect(byId(single.id)).toMatchObject({ phone: single.phone, name: single.name, email: single.email });
    expect(byId(single.id).balance).toEqual({ points: single.points, rubles: single.rubles });
    expect(byId(rich.id).balance).toEqual({ points: rich.points, rubles: rich.rubles });
    expect(byId(rich.id).coupons.map((coupon) => coupon.id)).toEqual(rich.couponIds);
    expect(byId(newcomer.id)).toMatchObject({ balance: { points: 0, rubles: 0 }, coupons: [], history: [] });
  });

  it('has a client with a third currency in balance and history', () => {
    const client = byId(DEMO.unknownCurrency.id);
    expect(client.balance[DEMO.unknownCurrency.currency]).toBe(DEMO.unknownCurrency.amount);
    expect(client.history.some((entry) => entry.currency === DEMO.unknownCurrency.currency)).toBe(true);
  });

  it('has exactly DEMO.bigHistory.entries history entries for the big-history client, all in the past', () => {
    const { history } = byId(DEMO.bigHistory.id);
    expect(history).toHaveLength(10_000);
    expect(DEMO.bigHistory.entries).toBe(10_000);
    expect(history.every((entry) => entry.transactionDate < START)).toBe(true);
  });

  it('has transaction ids unique across all clients', () => {
    const ids = data.clients.flatMap((client) => client.history.map((entry) => entry.transactionId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('dates the coupons from the clock: ended yesterday, ends at the end of today, valid for 30+ days', () => {
    const coupon = (id: number) => byId(DEMO.couponHolder.id).coupons.find((candidate) => candidate.id === id);
    const today = new Date(START);
    const endOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).getTime() - 1;
    const expired = coupon(DEMO.couponHolder.expiredCouponId)?.expireDate ?? NaN;
    expect(expired).toBeLessThan(START);
    expect(new Date(expired).getDate()).toBe(new Date(START - 86_400_000).getDate());
    expect(coupon(DEMO.couponHolder.todayCouponId)?.expireDate).toBe(endOfToday);
    expect(coupon(DEMO.couponHolder.validCouponId)?.expireDate).toBeGreaterThan(START + 30 * 86_400_000);
  });

  it('is what a simulator serves, dated by its own clock', async () => {
    const later = START + 400 * 86_400_000;
    const sim = createSimulator({ now: testClock(later).now });
    const coupons = sim.coupons(DEMO.couponHolder.id);
    expect(coupons.find((coupon) => coupon.id === DEMO.couponHolder.validCouponId)?.expireDate).toBeGreaterThan(later);
    expect(sim.history(DEMO.bigHistory.id)).toHaveLength(DEMO.bigHistory.entries);
    expect((await getJson<unknown[]>(sim, api.clients())).body).toHaveLength(DEMO.clientCount);
  });
});

describe('generateClients', () => {
  const bulk = generateClients(100_000, 7);

  it('makes the requested number of clients with unique ids and unique phones', () => {
    expect(bulk.clients).toHaveLength(100_000);
    expect(new Set(bulk.clients.map((client) => client.id)).size).toBe(100_000);
    expect(new Set(bulk.clients.map((client) => client.phone)).size).toBe(BULK.uniquePhones);
  });

  it('is the same for the same seed', () => {
    expect(generateClients(500, 7).clients).toEqual(bulk.clients.slice(0, 500));
    expect(generateClients(500, 8).clients).not.toEqual(bulk.clients.slice(0, 500));
  });

  it('is found in full by BULK.phonePattern through the simulator', async () => {
    const sim = createSimulator({ data: bulk });
    const { status, body } = await getJson<{ id: number }[]>(sim, api.clients({ phone: BULK.phonePattern }));
    expect(status).toBe(200);
    expect(body).toHaveLength(100_000);
    const byEmail = await getJson<unknown[]>(sim, api.clients({ email: `%@${BULK.emailDomain}` }));
    expect(byEmail.body.length).toBe(bulk.clients.filter((client) => client.email !== null).length);
  });
});
