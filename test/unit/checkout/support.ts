// Shared set-up for the write-off tests: a simulator on loopback, a temporary journal, a desk with short pauses, and a held sleep.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SettleTiming } from '../../../electron/checkout/settle';
import { createWriteOffDesk, type WriteOffDesk } from '../../../electron/checkout/write-off';
import { createLoyaltyClient, type LoyaltyClient } from '../../../electron/loyalty/client';
import type { FetchLike } from '../../../electron/loyalty/transport';
import { DEMO } from '../../../electron/training/demo-data';
import type { Listening } from '../../../electron/training/http-server';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';
import { TEST_JOURNAL_KEY } from '../../support/journal-key';
import { expect } from 'vitest';
import { journalRecords } from '../../support/journal-records';

export { otherTerminalWritesOff } from '../../support/other-terminal';
export { journalRecords } from '../../support/journal-records';
export { TEST_JOURNAL_KEY } from '../../support/journal-key';

export const SERVER = 'test-server';

/** A watch period short enough for real-time tests; the rules are the same at ten minutes (settling.test.ts runs them on a virtual clock). */
export const FAST_TIMING: Partial<SettleTiming> = {
  watchMs: 400,
  readFailureMs: 300,
  backgroundMs: 0,
  readDelayMs: () => 10,
  backgroundDelayMs: 10,
};

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-test-'));
}

export interface Bench {
  simulator: Simulator;
  server: Listening;
  client: LoyaltyClient;
  dir: string;
  openDesk(timing?: Partial<SettleTiming>): WriteOffDesk;
  close(): Promise<void>;
}

/** A simulator on loopback and a journal folder; desks opened on it are closed with the bench. */
export async function startBench(
  options: { timeoutMs?: number; fetch?: FetchLike; simulator?: Simulator } = {},
): Promise<Bench> {
  const simulator = options.simulator ?? createSimulator();
  const server = await simulator.listen();
  const client = createLoyaltyClient({
    baseUrl: server.url,
    auth: { scheme: 'none' },
    timeoutMs: options.timeoutMs ?? 2_000,
    fetch: options.fetch,
  });
  const dir = await tempDir();
  const desks: WriteOffDesk[] = [];
  return {
    simulator,
    server,
    client,
    dir,
    openDesk(timing = FAST_TIMING) {
      const desk = createWriteOffDesk({
        journalDir: dir,
        journalKey: TEST_JOURNAL_KEY,
        terminalId: 'till-1',
        loyaltyClient: () => client,
        server: () => SERVER,
        timing: { ...FAST_TIMING, ...timing },
      });
      desks.push(desk);
      return desk;
    },
    async close() {
      await Promise.all(desks.map((desk) => desk.close()));
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The states recorded for one write-off, in order. */
export async function statesOf(dir: string, id: string): Promise<string[]> {
  return (await journalRecords(dir)).flatMap((record) =>
    record.type === 'state' && record.id === id ? [record.state] : [],
  );
}

/** A sleep the test releases by hand, to look at a write-off while it waits between reads. */
export function heldSleep() {
  const waiting: { ms: number; release: () => void }[] = [];
  const sleep = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ ms, release: resolve });
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    });
  return { sleep, waiting };
}

/** A write-off whose answer was lost, its desk closed while watching: the journal says "in doubt" for the next start. */
export async function leaveInDoubt(bench: Bench): Promise<string> {
  const held = heldSleep();
  const before = bench.openDesk({ sleep: held.sleep, watchMs: 2_000 });
  bench.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
  const { journalId } = await before.send(points(100));
  await expect.poll(() => held.waiting.length).toBe(1);
  await before.close();
  expect(await statesOf(bench.dir, journalId)).toEqual(['sent', 'in-doubt']);
  return journalId;
}

/** Lets every held sleep go, again and again, until the desk has nothing left to watch (the watch period passes in real time). */
export async function releaseUntilSettled(held: ReturnType<typeof heldSleep>, desk: WriteOffDesk): Promise<void> {
  let done = false;
  const settled = desk.settled().then(() => (done = true));
  while (!done) {
    for (const sleeping of held.waiting.splice(0)) sleeping.release();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await settled;
}

export const rich = DEMO.rich;

export function points(amount: number, coupons: number[] = []) {
  return { clientId: rich.id, balance: [{ currency: 'points', amount }], coupons };
}
