// Shared helpers for the simulator tests: a clock the test sets, endpoint URLs, and JSON calls.

import { expect } from 'vitest';
import type { Simulator } from '../../../electron/training/simulator';

/** Any origin does in-process; only path and query reach the simulator. */
export const IN_PROCESS = 'http://training.invalid';

/** A mid-morning instant, away from midnight so "today" and "yesterday" are unambiguous in any time zone. */
export const START = Date.UTC(2025, 2, 14, 9, 30);

export function testClock(start = START): { now: () => number; set(time: number): void } {
  let time = start;
  return { now: () => time, set: (next) => void (time = next) };
}

export function urls(base: string) {
  const clients = `${base}/ext/api/v1/clients/`;
  return {
    clients: (query: Record<string, string> = {}) => `${clients}?${new URLSearchParams(query)}`,
    balance: (id: number) => `${clients}${id}/balance/`,
    coupons: (id: number) => `${clients}${id}/coupons/`,
    history: (id: number, query: Record<string, string | number> = {}) => {
      const params = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
      return `${clients}${id}/balance/history/?${params}`;
    },
    writeOff: (id: number) => `${clients}${id}/balance/write_off/`,
  };
}

export const api = urls(IN_PROCESS);

export interface JsonAnswer<T> {
  status: number;
  body: T;
}

/** GET through the simulator's in-process fetch, parsing the body as JSON. */
export async function getJson<T = unknown>(sim: Simulator, url: string): Promise<JsonAnswer<T>> {
  const response = await sim.fetch(url);
  return { status: response.status, body: (await response.json()) as T };
}

/** POSTs a write-off; `body` is sent as is when a string, else as JSON. Empty answers come back as null. */
export async function postWriteOff(sim: Simulator, clientId: number, body: unknown): Promise<JsonAnswer<unknown>> {
  const response = await sim.fetch(api.writeOff(clientId), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

/** The error shape the simulator promises: a JSON object with a Russian message. */
export const russianMessage = { message: expect.stringMatching(/[а-яё]/i) };
