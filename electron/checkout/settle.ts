// Settling a write-off in doubt by watching the account, never by sending it again: reading back can prove that it
// happened, never that it will not, so "not applied" waits for a whole watch period, and watching goes on after it.
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { SettlementStep } from '../../common/contract';
import type { LoyaltyClient } from '../loyalty/client';
import { debitsBefore, judge, type Evidence } from './evidence';
import type { IntentRecord } from './journal-records';
import { readAccount } from './read-back';

export interface SettleTiming {
  /** How long an unknown outcome holds the customer while the account is watched; minutes, as real back ends need. */
  watchMs: number;
  /** Reads failing for this long make it "needs review" (the hold stays and watching goes on). */
  readFailureMs: number;
  /** How long the terminal keeps watching after the watch period, in the background. */
  backgroundMs: number;
  /** The pause before the n-th read of the watch period (n from 1): soon at first, then less often. */
  readDelayMs: (read: number) => number;
  /** The pause between background reads. */
  backgroundDelayMs: number;
  /** Waits, or rejects once the signal aborts; tests hand in their virtual clock's. */
  sleep: (ms: number, signal: AbortSignal) => Promise<unknown>;
}

const MINUTE = 60_000;
const READ_DELAYS_MS = [2_000, 3_000, 5_000, 10_000, 20_000, 30_000, 60_000];

export const DEFAULT_SETTLE_TIMING: SettleTiming = {
  watchMs: 10 * MINUTE,
  readFailureMs: 3 * MINUTE,
  backgroundMs: 4 * 60 * MINUTE,
  readDelayMs: (read) => READ_DELAYS_MS[read - 1] ?? 2 * MINUTE,
  backgroundDelayMs: 5 * MINUTE,
  sleep: (ms, signal) => sleepFor(ms, undefined, { signal }),
};

/** Where watching has got to; each is reported as it happens, and the desk journals every change of state. */
export type WatchUpdate =
  | { kind: 'step'; step: SettlementStep; readFailures: number }
  | {
      kind: 'state';
      state: 'settled-applied' | 'settled-not-applied' | 'needs-review';
      note: string | null;
      transactionIds: string[];
      /** It, or something that may be it, went through after the answer was lost. */
      lateLanding: boolean;
    };

export interface WatchOptions {
  /** Throws while the terminal is connected to a server other than the one the write-off went to. */
  client: () => LoyaltyClient;
  intent: IntentRecord;
  timing: SettleTiming;
  now: () => number;
  report: (update: WatchUpdate) => void;
  signal: AbortSignal;
  /** Whether a manager has already decided it: then watching only looks for a late landing to flag. */
  resolved: () => boolean;
  /**
   * The server's time at the snapshot of the first newer write-off this terminal has since sent for the same customer
   * (null while there is none; -Infinity when that snapshot has no server time). From then on the two cannot be told
   * apart without an idempotency key: only history dated before it is still looked at for this one.
   */
  superseded: () => number | null;
}

/**
 * Found in full on any read: applied (and flagged as landed late: the cashier was told it was unknown). Otherwise only
 * at the end of the watch period: nothing of it at all is "not applied"; anything else, or reads failing for
 * `readFailureMs`, is "needs review". Watching goes on in the background for `backgroundMs`; a late landing then is
 * flagged, and one after "not applied" becomes a case for a manager. Resolves when watching ends; rejects only when the
 * signal aborts (the app closing: the journal keeps the state for the next start).
 */
export async function watchWriteOff({
  client,
  intent,
  timing,
  now,
  report,
  signal,
  resolved,
  superseded,
}: WatchOptions): Promise<void> {
  const watchEnd = now() + timing.watchMs;
  const backgroundEnd = watchEnd + timing.backgroundMs;
  let decided: 'settled-not-applied' | 'needs-review' | null = null;
  let flagged = false;
  /** What the latest reading that showed something of it leaving the account found: a later failing read forgets nothing. */
  let landedFinding: string | null = null;
  let failingSince: number | null = null;
  let readFailures = 0;
  let reads = 0;
  const decide = (state: 'settled-not-applied' | 'needs-review', note: string | null, lateLanding: boolean) => {
    if (decided === state && flagged === lateLanding) return;
    decided = state;
    flagged = lateLanding;
    report({ kind: 'state', state, note, transactionIds: [], lateLanding });
  };
  for (;;) {
    signal.throwIfAborted();
    const newerAt = superseded();
    // A newer write-off whose time is unknown leaves nothing this one could be told by.
    if (decided !== null && newerAt === -Infinity) return;
    report({ kind: 'step', step: reads === 0 ? 'reading-back' : 'reading-again', readFailures });
    const reading = await Promise.resolve()
      .then(() => readAccount(client(), intent.clientId, intent.snapshot.from))
      .catch(() => null);
    signal.throwIfAborted();
    const at = now();
    if (reading === null) {
      readFailures += 1;
      failingSince ??= at;
      if (decided === null && at - failingSince >= timing.readFailureMs && !resolved()) {
        const minutes = Math.round((at - failingSince) / MINUTE);
        decide(
          'needs-review',
          landedFinding === null
            ? `Сервер лояльности не отвечал на проверку ${minutes} мин.: прошло ли списание, неизвестно. Терминал продолжает проверять; не повторяйте списание.`
            : `${landedFinding} Последние ${minutes} мин. сервер лояльности не отвечает на проверку; терминал продолжает проверять.`,
          landedFinding !== null,
        );
      }
    } else {
      readFailures = 0;
      failingSince = null;
      const evidence = newerAt === null ? judge(intent, reading) : debitsBefore(intent, reading, newerAt);
      if (evidence?.kind === 'applied') {
        if (decided === 'settled-not-applied' || resolved()) {
          // The cashier may already have charged again, or a manager decided without it: a person must look.
          report({
            kind: 'state',
            state: 'needs-review',
            note: LANDED_AFTER_VERDICT,
            transactionIds: evidence.transactionIds,
            lateLanding: true,
          });
        } else
          report({
            kind: 'state',
            state: 'settled-applied',
            note: null,
            transactionIds: evidence.transactionIds,
            lateLanding: true,
          });
        return;
      }
      // Null: nothing of it among what can still be told from a newer write-off.
      const landed = evidence !== null && evidence.kind !== 'absent' && evidence.landed;
      if (landed) landedFinding = evidence.note;
      if (evidence !== null && (at >= watchEnd || (decided !== null && landed)))
        concludeWatch(evidence, landed, decide, resolved());
    }
    if (at >= backgroundEnd) return;
    reads += 1;
    report({ kind: 'step', step: 'waiting-to-read-again', readFailures });
    await timing.sleep(decided === null ? timing.readDelayMs(reads) : timing.backgroundDelayMs, signal);
  }
}

const LANDED_AFTER_VERDICT =
  'Списание прошло позже: сервер применил его уже после того, как терминал перестал ждать. Проверьте, не списано ли с покупателя дважды, и решите, что делать.';

/** At the end of the watch period (or later, when something lands): nothing at all is "not applied", anything else a manager's. */
function concludeWatch(
  evidence: Exclude<Evidence, { kind: 'applied' }>,
  landed: boolean,
  decide: (state: 'settled-not-applied' | 'needs-review', note: string | null, late: boolean) => void,
  resolved: boolean,
): void {
  if (resolved) {
    if (landed) decide('needs-review', 'note' in evidence ? evidence.note : null, true);
    return;
  }
  if (evidence.kind === 'absent') decide('settled-not-applied', null, false);
  else decide('needs-review', evidence.note, landed);
}
