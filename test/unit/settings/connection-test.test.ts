// "Test connection" against real loopback servers: works, wrong credentials, unreachable, timeout, not this API, server error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../../../electron/settings/connection-test';
import { createSimulator } from '../../../electron/training/simulator';
import type { Listening } from '../../../electron/training/http-server';
import { serveFixed, unreachableUrl } from '../../support/loopback';

const TOKEN = 'conn-test-token-81c3';

describe('testConnection', () => {
  const simulator = createSimulator({ auth: { scheme: 'bearer', token: TOKEN } });
  const elsewhere = createSimulator({ basePath: '/loyalty' });
  let api: Listening;
  let other: Listening;
  beforeAll(async () => {
    [api, other] = await Promise.all([simulator.listen(), elsewhere.listen()]);
  });
  afterAll(() => Promise.all([api.close(), other.close()]));

  const probe = (baseUrl: string, token = TOKEN, timeoutMs = 3_000) =>
    testConnection({ baseUrl, auth: { scheme: 'bearer', token }, timeoutMs });

  it('works with the right address and token, and says how long it took', async () => {
    let clock = 100;
    const result = await testConnection({
      baseUrl: api.url,
      auth: { scheme: 'bearer', token: TOKEN },
      timeoutMs: 3_000,
      now: () => (clock += 42),
    });
    expect(result).toEqual({ outcome: 'works', elapsedMs: 42 });
  });

  it('reports wrong credentials', async () => {
    expect(await probe(api.url, 'wrong')).toMatchObject({ outcome: 'wrong-credentials' });
  });

  it('reports an address nobody listens on as unreachable', async () => {
    expect(await probe(await unreachableUrl())).toMatchObject({ outcome: 'unreachable' });
  });

  it('reports a server that does not answer in time', async () => {
    simulator.injectFault({ kind: 'latency', ms: 2_000 });
    expect(await probe(api.url, TOKEN, 300)).toMatchObject({ outcome: 'timeout' });
    simulator.clearFaults();
  });

  it('reports a server without the API at that address (404 on the clients path)', async () => {
    expect(
      await testConnection({ baseUrl: other.url.replace('/loyalty', ''), auth: { scheme: 'none' }, timeoutMs: 3_000 }),
    ).toMatchObject({ outcome: 'not-this-api' });
    expect(await testConnection({ baseUrl: other.url, auth: { scheme: 'none' }, timeoutMs: 3_000 })).toMatchObject({
      outcome: 'works',
    });
  });

  it('reports a web page answering 200 as not this API', async () => {
    const site = await serveFixed(200, 'text/html', '<!doctype html><title>Welcome</title><p>Our shop</p>');
    try {
      expect(await testConnection({ baseUrl: site.url, auth: { scheme: 'none' }, timeoutMs: 3_000 })).toMatchObject({
        outcome: 'not-this-api',
      });
    } finally {
      await site.close();
    }
  });

  it('reports an answer of the wrong shape as not this API', async () => {
    simulator.injectFault({ kind: 'malformed', body: '{"clients":[]}', match: 'clients' });
    expect(await probe(api.url)).toMatchObject({ outcome: 'not-this-api' });
  });

  it('reports a failing API as a server error', async () => {
    simulator.injectFault({ kind: 'status', status: 503, times: Infinity });
    expect(await probe(api.url)).toMatchObject({ outcome: 'server-error' });
    simulator.clearFaults();
  });
});
