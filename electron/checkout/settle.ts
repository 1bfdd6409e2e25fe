// Settling a write-off in doubt by reading the account back, never by sending it again: one read, a pause, a second read.
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { SettlementStep } from '../ipc/contract';
import type { LoyaltyClient } from '../loyalty/client';
import type { IntentRecord } from './journal-records';
import { readBack } from './read-back';

export interface SettleTiming {
  /** The pause before the second read when the first found nothing: a slow server may still be applying it. */
  readAgainDelayMs: number;
  /** The pause before trying a read again after it failed (reads are safe to repeat); grows with `failures`. */
  retryDelayMs: (failures: number) => number;
  /** Waits, or rejects once the signal aborts; tests may hand in their own clock. */
  sleep: (ms: number, signal: AbortSignal) => Promise<unknown>;
}

export const DEFAULT_SETTLE_TIMING: SettleTiming = {
  readAgainDelayMs: 5_000,
  retryDelayMs: (failures) => Math.min(60_000, 1_000 * 2 ** Math.min(failures - 1, 6)),
  sleep: (ms, signal) => sleepFor(ms, undefined, { signal }),
};

export type Settlement =
  | { state: 'settled-applied'; transactionIds: string[] }
  | { state: 'settled-not-applied' }
  | { state: 'needs-review'; note: string };

export interface SettleProgress {
  step: SettlementStep;
  /** Reads that failed in a row (the server could not be reached); the desk keeps trying. */
  readFailures: number;
}

/**
 * Found in full on any read: applied. Found neither on the first read nor on the second: not applied. Anything else on
 * the second read: a manager must look. A read that fails does not count as a read; it is tried again later, forever,
 * until the signal aborts (the app closing), in which case the write-off stays in doubt for the next start.
 */
export async function settleByReadingBack(
  /** Throws while the terminal is connected to a server other than the one the write-off went to. */
  client: () => LoyaltyClient,
  intent: IntentRecord,
  timing: SettleTiming,
  progress: (update: SettleProgress) => void,
  signal: AbortSignal,
): Promise<Settlement> {
  let reads = 0;
  let readFailures = 0;
  for (;;) {
    signal.throwIfAborted();
    progress({ step: reads === 0 ? 'reading-back' : 'reading-again', readFailures });
    const verdict = await Promise.resolve()
      .then(() => readBack(client(), intent))
      .catch(() => null);
    signal.throwIfAborted();
    if (verdict === null) {
      readFailures += 1;
      progress({ step: 'waiting-to-read-again', readFailures });
      await timing.sleep(timing.retryDelayMs(readFailures), signal);
      continue;
    }
    readFailures = 0;
    if (verdict.kind === 'found') return { state: 'settled-applied', transactionIds: verdict.transactionIds };
    reads += 1;
    if (reads === 2) return verdict.kind === 'none' ? { state: 'settled-not-applied' } : { state: 'needs-review', note: verdict.note };
    progress({ step: 'waiting-to-read-again', readFailures });
    await timing.sleep(timing.readAgainDelayMs, signal);
  }
}
