// Client search: `%` wildcards in phone and email, exact matches, AND of both, null fields.

import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import { api, getJson, testClock } from './support';

interface Client {
  id: number;
  email: string | null;
  phone: string | null;
  name: string | null;
}

let sim: Simulator;
let everyone: Client[];

beforeAll(async () => {
  sim = createSimulator({ now: testClock().now });
  everyone = (await getJson<Client[]>(sim, api.clients())).body;
});

async function search(query: Record<string, string>): Promise<Client[]> {
  const { status, body } = await getJson<Client[]>(sim, api.clients(query));
  expect(status).toBe(200);
  return body;
}

const ids = (clients: Client[]): number[] => clients.map((client) => client.id).sort((a, b) => a - b);

/** The oracle: what a pattern should match, by a regular expression built independently of the simulator. */
function expected(field: 'phone' | 'email', regex: RegExp): number[] {
  return ids(everyone.filter((client) => client[field] !== null && regex.test(client[field] ?? '')));
}

describe('client search', () => {
  it('answers every client, nulls included, when no pattern is given', () => {
    expect(everyone).toHaveLength(DEMO.clientCount);
    expect(everyone).toContainEqual({ id: DEMO.nulls.id, email: null, phone: null, name: null });
    expect(everyone.every((client) => Object.keys(client).join() === 'id,email,phone,name')).toBe(true);
  });

  it('matches a phone without a wildcard exactly', async () => {
    expect(ids(await search({ phone: DEMO.single.phone }))).toEqual([DEMO.single.id]);
    expect(await search({ phone: DEMO.single.phone.slice(0, -1) })).toEqual([]);
  });

  it('finds one client by % and the last four digits', async () => {
    expect(ids(await search({ phone: `%${DEMO.single.phone.slice(-4)}` }))).toEqual([DEMO.single.id]);
  });

  it('finds numbers stored with a country prefix by % and the national number', async () => {
    for (const client of [DEMO.countryCode7, DEMO.countryCode8]) {
      expect(ids(await search({ phone: `%${client.national}` }))).toEqual([client.id]);
    }
  });

  it('supports a prefix wildcard and a wildcard in the middle', async () => {
    expect(ids(await search({ phone: '79%' }))).toEqual(expected('phone', /^79/));
    expect(ids(await search({ phone: `${DEMO.single.phone.slice(0, 3)}%${DEMO.single.phone.slice(-3)}` }))).toEqual(
      expected('phone', new RegExp(`^${DEMO.single.phone.slice(0, 3)}.*${DEMO.single.phone.slice(-3)}$`)),
    );
    expect(ids(await search({ phone: '%1%2%' }))).toEqual(expected('phone', /1.*2/));
  });

  it('lets % match an empty run of characters', async () => {
    const phone = DEMO.single.phone;
    expect(ids(await search({ phone: `%${phone}` }))).toEqual([DEMO.single.id]);
    expect(ids(await search({ phone: `${phone.slice(0, 4)}%${phone.slice(4)}` }))).toEqual([DEMO.single.id]);
  });

  it('answers both clients that share a phone', async () => {
    expect(ids(await search({ phone: DEMO.sharedPhone.phone }))).toEqual(
      [...DEMO.sharedPhone.ids].sort((a, b) => a - b),
    );
  });

  it('never matches a client without a phone, even with a lone %', async () => {
    const found = await search({ phone: '%' });
    expect(ids(found)).toEqual(expected('phone', /^/));
    expect(ids(found)).not.toContain(DEMO.nulls.id);
  });

  it('matches e-mail exactly, by wildcard, and without regard to case', async () => {
    expect(ids(await search({ email: DEMO.single.email }))).toEqual([DEMO.single.id]);
    expect(ids(await search({ email: DEMO.single.email.toUpperCase() }))).toEqual([DEMO.single.id]);
    expect(ids(await search({ email: '%@example.ru' }))).toEqual(expected('email', /@example\.ru$/));
  });

  it('treats characters other than % literally', async () => {
    expect(await search({ email: DEMO.single.email.replace('.', '_') })).toEqual([]);
    expect(await search({ email: DEMO.single.email.replace('.', 'x') })).toEqual([]);
    expect(await search({ email: '.*' })).toEqual([]);
  });

  it('requires both patterns to match when both are given', async () => {
    const [first] = DEMO.sharedPhone.ids;
    const firstEmail = everyone.find((client) => client.id === first)?.email ?? '';
    expect(ids(await search({ phone: DEMO.sharedPhone.phone, email: firstEmail }))).toEqual([first]);
    expect(await search({ phone: DEMO.single.phone, email: firstEmail })).toEqual([]);
  });

  it('treats an empty parameter as not given', async () => {
    expect(ids(await search({ phone: '', email: '' }))).toEqual(ids(everyone));
  });
});
