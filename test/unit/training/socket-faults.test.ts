// Faults over a real loopback socket: what a client really sees, and what state the server really reached.

import { request as httpRequest, Agent } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import type { Listening } from '../../../electron/training/http-server';
import { russianMessage, testClock, urls } from './support';

const { rich } = DEMO;
const WRITE_OFF = { balance: [{ amount: 12.34, currency: 'points' }] };
let sim: Simulator;
let server: Listening;
let api: ReturnType<typeof urls>;

beforeEach(async () => {
  sim = createSimulator({ now: testClock().now });
  server = await sim.listen();
  api = urls(server.url);
});

afterEach(() => server.close());

function postWriteOff(init: RequestInit = {}): Promise<Response> {
  return fetch(api.writeOff(rich.id), { method: 'POST', body: JSON.stringify(WRITE_OFF), ...init });
}

const applied = (): boolean => sim.balance(rich.id).points === rich.points - 1_234;

/** The error code somewhere in a fetch failure's cause chain. */
function codeOf(error: unknown): unknown {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ('code' in current) return current.code;
  }
  return undefined;
}

describe('over a real socket', () => {
  it('answers normally without faults, with JSON amounts as two-decimal literals', async () => {
    const response = await fetch(api.balance(DEMO.single.id));
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe(
      '[{"amount":1234.56,"currency":"points"},{"amount":4321.06,"currency":"rubles"}]',
    );
  });

  it('resets the connection before applying: ECONNRESET, nothing written off, POST counted', async () => {
    sim.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    const failure = await postWriteOff().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(codeOf(failure)).toBe('ECONNRESET');
    expect(applied()).toBe(false);
    expect(sim.writeOffPosts).toBe(1);
  });

  it('resets the connection after applying: the client fails but the write-off happened', async () => {
    sim.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
    expect(codeOf(await postWriteOff().catch((error: unknown) => error))).toBe('ECONNRESET');
    expect(applied()).toBe(true);
    expect(sim.history(rich.id)[0]?.amount).toBe(-1_234);
  });

  it('answers 500 after applying', async () => {
    sim.injectFault({ kind: 'error-after-apply', status: 500 });
    const response = await postWriteOff();
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual(russianMessage);
    expect(applied()).toBe(true);
  });

  it('answers 500 after handling a write-off it refused, so the state is unchanged', async () => {
    sim.injectFault({ kind: 'error-after-apply', match: 'write-off' });
    const body = '{"balance":[{"amount":1e9,"currency":"points"}]}';
    const response = await fetch(api.writeOff(rich.id), { method: 'POST', body });
    expect(response.status).toBe(500);
    expect(sim.balance(rich.id).points).toBe(rich.points);
  });

  it('hangs after applying until the client gives up', async () => {
    sim.injectFault({ kind: 'hang-after-apply', match: 'write-off' });
    const failure = await postWriteOff({ signal: AbortSignal.timeout(150) }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'TimeoutError' });
    expect(applied()).toBe(true);
  });

  it('closes a hung connection on close(), failing the waiting client', async () => {
    sim.injectFault({ kind: 'hang-after-apply', match: 'write-off' });
    const pending = postWriteOff();
    // Applying is the last thing the server does before it starts hanging.
    await expect.poll(applied).toBe(true);
    await server.close();
    await expect(pending).rejects.toThrow(TypeError);
  });

  it('answers 200 with a malformed body after applying a write-off', async () => {
    sim.injectFault({ kind: 'malformed', body: '{"oops"', match: 'write-off' });
    const response = await postWriteOff();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe('{"oops"');
    expect(applied()).toBe(true);
  });

  it.each(['<html>error</html>', '[{"amount":"x"}]'])('answers a GET with the malformed body %s', async (body) => {
    sim.injectFault({ kind: 'malformed', body, match: 'coupons' });
    expect(await (await fetch(api.coupons(rich.id))).text()).toBe(body);
  });

  it('truncates a body below its Content-Length, so reading it fails', async () => {
    sim.injectFault({ kind: 'truncated', match: 'clients' });
    const response = await fetch(api.clients());
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(100);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('truncates even an empty write-off answer, after applying it', async () => {
    sim.injectFault({ kind: 'truncated', match: 'write-off' });
    const response = await postWriteOff();
    expect(response.headers.get('content-length')).toBe('1');
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(applied()).toBe(true);
  });

  it('sends a body that never ends, until the client aborts', async () => {
    sim.injectFault({ kind: 'never-ending', match: 'history' });
    const client = new AbortController();
    const response = await fetch(api.history(DEMO.bigHistory.id), { signal: client.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    // The body has started and is still open: only the client's abort ends the read.
    const rest = reader.read();
    client.abort();
    await expect(rest).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('closes promptly while a never-ending body is being read', async () => {
    sim.injectFault({ kind: 'never-ending' });
    const response = await fetch(api.coupons(rich.id));
    const reading = response.text();
    await server.close();
    await expect(reading).rejects.toThrow(TypeError);
  });

  it('answers an injected status without touching state, then recovers', async () => {
    sim.injectFault({ kind: 'status', status: 503, match: 'write-off' });
    const response = await postWriteOff();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual(russianMessage);
    expect(applied()).toBe(false);
    expect((await postWriteOff()).status).toBe(200);
    expect(sim.writeOffPosts).toBe(2);
  });

  it('answers a status fault with a text or JSON body as given', async () => {
    sim.injectFault({ kind: 'status', status: 502, body: '<h1>Bad Gateway</h1>', contentType: 'text/html' });
    sim.injectFault({ kind: 'status', status: 401, body: { error: 'token expired' } });
    const first = await fetch(api.balance(rich.id));
    expect([first.status, first.headers.get('content-type'), await first.text()]).toEqual([
      502,
      'text/html',
      '<h1>Bad Gateway</h1>',
    ]);
    const second = await fetch(api.balance(rich.id));
    expect([second.status, await second.json()]).toEqual([401, { error: 'token expired' }]);
  });

  it('delays a matching request by an injected latency, abandoned by a client deadline', async () => {
    sim.injectFault({ kind: 'latency', ms: 10_000, match: 'balance' });
    await expect(fetch(api.coupons(rich.id), { signal: AbortSignal.timeout(2_000) })).resolves.toMatchObject({
      status: 200,
    });
    const slow = fetch(api.balance(rich.id), { signal: AbortSignal.timeout(100) });
    await expect(slow).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(fetch(api.balance(rich.id), { signal: AbortSignal.timeout(2_000) })).resolves.toMatchObject({
      status: 200,
    });
  });

  it('applies a fault as many times as asked, to matching requests only', async () => {
    sim.injectFault({ kind: 'status', status: 500, match: 'coupons', times: 2 });
    const statuses = [];
    for (const url of [api.balance(rich.id), api.coupons(rich.id), api.coupons(rich.id), api.coupons(rich.id)]) {
      statuses.push((await fetch(url)).status);
    }
    expect(statuses).toEqual([200, 500, 500, 200]);
  });

  it('forgets queued faults on clearFaults()', async () => {
    sim.injectFault({ kind: 'reset-before-apply', times: Infinity });
    sim.clearFaults();
    expect((await fetch(api.balance(rich.id))).status).toBe(200);
  });

  it('keeps a connection alive across requests and serves a fresh one after a reset', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(agent, api.balance(rich.id));
      const second = await get(agent, api.coupons(rich.id));
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.localPort).toBe(first.localPort);

      sim.injectFault({ kind: 'reset-before-apply' });
      await expect(get(agent, api.balance(rich.id))).rejects.toMatchObject({ code: 'ECONNRESET' });
      expect((await get(agent, api.balance(rich.id))).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('can be closed twice', async () => {
    await server.close();
    await expect(server.close()).resolves.toBeUndefined();
  });
});

/** A GET through a node:http agent, reporting the local port so connection reuse is visible. */
function get(agent: Agent, url: string): Promise<{ status: number; localPort: number | undefined }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { agent }, (response) => {
      const localPort = request.socket?.localPort;
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, localPort }));
    });
    request.on('error', reject);
    request.end();
  });
}
