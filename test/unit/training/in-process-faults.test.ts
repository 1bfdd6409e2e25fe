// Faults in training mode's in-process fetch: socket faults imitated the way undici reports them, aborts honoured.

import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import { api, russianMessage, testClock } from './support';

const { rich } = DEMO;
let sim: Simulator;

beforeEach(() => {
  sim = createSimulator({ now: testClock().now });
});

function postWriteOff(init: RequestInit = {}): Promise<Response> {
  return sim.fetch(api.writeOff(rich.id), {
    method: 'POST',
    body: JSON.stringify({ balance: [{ amount: 12.34, currency: 'points' }] }),
    ...init,
  });
}

const applied = (): boolean => sim.balance(rich.id).points === rich.points - 1_234;

describe('the in-process fetch', () => {
  it('accepts a URL object or a Request as well as a string', async () => {
    expect((await sim.fetch(new URL(api.balance(rich.id)))).status).toBe(200);
    expect((await sim.fetch(new Request(api.coupons(rich.id)))).status).toBe(200);
  });

  it('rejects at once, with the reason, when the signal is already aborted', async () => {
    const reason = new Error('cashier cancelled');
    await expect(sim.fetch(api.balance(rich.id), { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('imitates a reset before applying as undici reports it: TypeError with an ECONNRESET cause', async () => {
    sim.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    const failure = await postWriteOff().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(failure).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNRESET' } });
    expect(applied()).toBe(false);
    expect(sim.writeOffPosts).toBe(1);
  });

  it('imitates a reset after applying', async () => {
    sim.injectFault({ kind: 'reset-after-apply' });
    await expect(postWriteOff()).rejects.toMatchObject({ cause: { code: 'ECONNRESET' } });
    expect(applied()).toBe(true);
  });

  it('answers 500 after applying', async () => {
    sim.injectFault({ kind: 'error-after-apply', status: 503 });
    const response = await postWriteOff();
    expect([response.status, await response.json()]).toEqual([503, russianMessage]);
    expect(applied()).toBe(true);
  });

  it('hangs after applying until the signal aborts, then rejects with its reason', async () => {
    sim.injectFault({ kind: 'hang-after-apply' });
    const controller = new AbortController();
    const pending = postWriteOff({ signal: controller.signal });
    await expect.poll(applied).toBe(true);
    const reason = new Error('gave up');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('gives a truncated body that fails on reading, as undici does', async () => {
    sim.injectFault({ kind: 'truncated', match: 'balance' });
    const response = await sim.fetch(api.balance(rich.id));
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(20);
    await expect(response.text()).rejects.toMatchObject({ message: 'terminated', cause: { code: 'UND_ERR_SOCKET' } });
  });

  it('gives the first half of a truncated body before failing', async () => {
    sim.injectFault({ kind: 'truncated', match: 'balance' });
    const reader = (await sim.fetch(api.balance(DEMO.single.id))).body?.getReader();
    const first = await reader?.read();
    const whole = '[{"amount":1234.56,"currency":"points"},{"amount":4321.06,"currency":"rubles"}]';
    expect(new TextDecoder().decode(first?.value)).toBe(whole.slice(0, Math.floor(whole.length / 2)));
    await expect(reader?.read()).rejects.toThrow('terminated');
  });

  it('gives a never-ending body that errors with the abort reason', async () => {
    sim.injectFault({ kind: 'never-ending', match: 'write-off' });
    const response = await postWriteOff({ signal: AbortSignal.timeout(100) });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(applied()).toBe(true);
  });

  it('answers a malformed body with a JSON content type', async () => {
    sim.injectFault({ kind: 'malformed', body: '[{"amount":"x"}]', match: 'balance' });
    const response = await sim.fetch(api.balance(rich.id));
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      200,
      'application/json; charset=utf-8',
      '[{"amount":"x"}]',
    ]);
  });

  it('gives up a delayed request when the signal aborts, leaving the write-off unapplied', async () => {
    sim.setLatency(10_000);
    await expect(postWriteOff({ signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: 'TimeoutError' });
    sim.setLatency(0);
    expect(applied()).toBe(false);
    expect((await sim.fetch(api.balance(rich.id))).status).toBe(200);
    expect(applied()).toBe(false);
  });

  it('refuses nonsensical faults and latencies up front', () => {
    expect(() => sim.injectFault({ kind: 'status', status: 99 })).toThrow(RangeError);
    expect(() => sim.injectFault({ kind: 'error-after-apply', status: 404 })).toThrow(RangeError);
    expect(() => sim.injectFault({ kind: 'latency', ms: -1 })).toThrow(RangeError);
    expect(() => sim.injectFault({ kind: 'truncated', times: 0 })).toThrow(RangeError);
    expect(() => sim.setLatency(Number.NaN)).toThrow(RangeError);
  });

  it('answers a 204 status fault without a body', async () => {
    sim.injectFault({ kind: 'status', status: 204 });
    const response = await sim.fetch(api.balance(rich.id));
    expect([response.status, await response.text()]).toEqual([204, '']);
  });
});
