// Credentials (bearer, basic, API key), unknown paths, wrong methods and the base path.

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import type { AuthConfig } from '../../../electron/training/types';
import { api, getJson, postWriteOff, russianMessage, testClock, urls } from './support';

const basic = (login: string, password: string): string =>
  `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;

describe.each<[string, AuthConfig, Record<string, string>, Record<string, string>]>([
  [
    'bearer',
    { scheme: 'bearer', token: 's3cret' },
    { authorization: 'Bearer s3cret' },
    { authorization: 'Bearer wrong' },
  ],
  [
    'basic',
    { scheme: 'basic', login: 'kassa', password: 'пароль:1' },
    { authorization: basic('kassa', 'пароль:1') },
    { authorization: basic('kassa', 'пароль') },
  ],
  ['apiKey', { scheme: 'apiKey', header: 'X-Api-Key', key: 'k-42' }, { 'x-api-key': 'k-42' }, { 'x-api-key': 'k-43' }],
])('%s authentication', (_, auth, right, wrong) => {
  const sim = createSimulator({ auth, now: testClock().now });
  const balance = (headers: Record<string, string>) => sim.fetch(api.balance(DEMO.single.id), { headers });

  it('answers 401 with a message without the credential', async () => {
    const response = await balance({});
    expect([response.status, await response.json()]).toEqual([401, russianMessage]);
  });

  it('answers 401 with a wrong credential', async () => {
    expect((await balance(wrong)).status).toBe(401);
  });

  it('answers normally with the right credential', async () => {
    expect((await balance(right)).status).toBe(200);
  });
});

describe('authentication of a write-off', () => {
  it('refuses it without touching state, though the POST is counted', async () => {
    const sim = createSimulator({ auth: { scheme: 'bearer', token: 't' }, now: testClock().now });
    expect(await postWriteOff(sim, DEMO.rich.id, { balance: [{ amount: 1, currency: 'points' }] })).toEqual({
      status: 401,
      body: russianMessage,
    });
    expect(sim.balance(DEMO.rich.id).points).toBe(DEMO.rich.points);
    expect(sim.writeOffPosts).toBe(1);
  });

  it('tells the client which scheme is expected', async () => {
    const sim = createSimulator({ auth: { scheme: 'basic', login: 'a', password: 'b' }, now: testClock().now });
    expect((await sim.fetch(api.balance(DEMO.single.id))).headers.get('www-authenticate')).toMatch(/^Basic /);
  });
});

describe('routing', () => {
  const sim = createSimulator({ now: testClock().now });

  it.each([
    '/',
    '/ext/api/v1/clients',
    `/ext/api/v1/clients/${DEMO.single.id}/balance`,
    `/ext/api/v1/clients/${DEMO.single.id}/history/`,
    '/ext/api/v1/clients/abc/balance/',
    '/ext/api/v2/clients/',
  ])('answers 404 with a message for %s', async (path) => {
    expect(await getJson(sim, `http://training.invalid${path}`)).toEqual({ status: 404, body: russianMessage });
  });

  it('answers 404 for a client that does not exist', async () => {
    expect(await getJson(sim, api.balance(42))).toEqual({ status: 404, body: russianMessage });
    expect(await getJson(sim, api.coupons(42))).toEqual({ status: 404, body: russianMessage });
  });

  it('answers 405 with Allow for a wrong method', async () => {
    const post = await sim.fetch(api.balance(DEMO.single.id), { method: 'POST', body: '{}' });
    expect([post.status, post.headers.get('allow'), await post.json()]).toEqual([405, 'GET', russianMessage]);
    const get = await sim.fetch(api.writeOff(DEMO.single.id));
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
  });

  it('serves the API under a base path, and nothing outside it', async () => {
    const based = createSimulator({ basePath: 'loyalty/', now: testClock().now });
    expect((await based.fetch(urls('http://training.invalid/loyalty').balance(DEMO.single.id))).status).toBe(200);
    expect((await based.fetch(api.balance(DEMO.single.id))).status).toBe(404);
    const server = await based.listen();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/loyalty$/);
      expect((await fetch(urls(server.url).coupons(DEMO.single.id))).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
