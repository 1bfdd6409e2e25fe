// Reading a client's account to learn what a write-off did: the snapshot before sending, and the verdict after (NOTES.md §5, §6).
import type { Coupon, HistoryEntry } from '../../common/domain';
import type { LoyaltyClient } from '../loyalty/client';
import { LoyaltyError } from '../loyalty/errors';
import type { IntentRecord, Snapshot } from './journal-records';
import { describeFindings } from './review-note';

/**
 * History is read from this long before the terminal's clock: the server dates entries by its own clock, so any
 * difference between the two clocks up to a day still leaves a new entry inside the window.
 */
export const CLOCK_MARGIN_MS = 24 * 60 * 60 * 1000;
const PAGE = 200;
/** A day of history beyond this is not a loyalty account a cashier serves; better to stop than to page forever. */
const MAX_PAGES = 50;

/** Every history entry dated within [from, to]; the order the server returns them in is not relied on. */
export async function historyWithin(client: LoyaltyClient, clientId: number, window: { from: number; to?: number }): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const batch = await client.getHistory(clientId, { ...window, offset: page * PAGE, limit: PAGE });
    entries.push(...batch);
    if (batch.length < PAGE) return entries;
  }
  throw new LoyaltyError('too-large', 'The client has too much recent history to check a write-off against');
}

/** What the client holds right before the POST: the ids of its recent history and its coupons. */
export async function readSnapshot(client: LoyaltyClient, clientId: number, now: number): Promise<Snapshot> {
  const from = now - CLOCK_MARGIN_MS;
  const [history, coupons] = await Promise.all([historyWithin(client, clientId, { from }), client.getCoupons(clientId)]);
  return { from, transactionIds: history.map((entry) => entry.transactionId), couponIds: coupons.map((coupon) => coupon.id) };
}

export type Verdict =
  /** Exactly one new matching history entry per currency, and every coupon gone. */
  | { kind: 'found'; transactionIds: string[] }
  /** No new matching entry and every coupon still there. */
  | { kind: 'none' }
  /** Part of it, or more than one candidate: the note says what was found. */
  | { kind: 'unclear'; note: string };

/** Reads the account now and judges it against the snapshot taken before sending. */
export async function readBack(client: LoyaltyClient, intent: IntentRecord): Promise<Verdict> {
  const [history, coupons] = await Promise.all([historyWithin(client, intent.clientId, { from: intent.snapshot.from }), client.getCoupons(intent.clientId)]);
  return judge(intent, history, coupons);
}

/**
 * Entries newer than the snapshot that match a line's currency and absolute amount are its candidates (the sign of
 * history amounts is not documented, §5); a coupon counts as written off once it has left the client's list (§6).
 */
export function judge(intent: IntentRecord, history: HistoryEntry[], coupons: Coupon[]): Verdict {
  const before = new Set(intent.snapshot.transactionIds);
  const fresh = history.filter((entry) => !before.has(entry.transactionId));
  const lines = intent.balance.map((line) => ({
    ...line,
    candidates: fresh.filter((entry) => entry.currency === line.currency && Math.abs(entry.amount) === line.amount).map((entry) => entry.transactionId),
  }));
  const held = new Set(coupons.map((coupon) => coupon.id));
  const couponLines = intent.coupons.map((id) => ({ id, gone: !held.has(id) }));
  if (lines.every((line) => line.candidates.length === 1) && couponLines.every((coupon) => coupon.gone)) {
    return { kind: 'found', transactionIds: lines.map((line) => line.candidates[0]!) };
  }
  if (lines.every((line) => line.candidates.length === 0) && couponLines.every((coupon) => !coupon.gone)) return { kind: 'none' };
  return { kind: 'unclear', note: describeFindings(lines, couponLines) };
}
