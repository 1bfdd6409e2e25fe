// Reading a client's account around a write-off: the snapshot before sending, and each reading after (NOTES.md §5, §6).
import type { HistoryEntry } from '../../common/domain';
import { serverTimeOf, type LoyaltyClient } from '../loyalty/client';
import { LoyaltyError } from '../loyalty/errors';
import type { Reading } from './evidence';
import type { Snapshot } from './journal-records';

/**
 * History is read from this long before the server's time at the snapshot. Entries older than that snapshot time are
 * never this write-off, so the margin only has to cover the Date header's second and a request's time in flight.
 */
export const HISTORY_MARGIN_MS = 10 * 60 * 1000;
/** The most the server's clock and the terminal's may differ before write-offs are refused (the window is the server's). */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
const PAGE = 200;
/** Far beyond any account a cashier serves; better to stop than to page forever against a server that never ends. */
const MAX_PAGES = 1_000;

/**
 * Every history entry dated within [from, to], paged until a page comes back empty: a server may serve fewer than
 * asked (a capped page size) and list in any order, so a short page proves nothing. An entry seen twice (the list
 * shifted under a new one) counts once.
 */
export async function historyWithin(
  client: LoyaltyClient,
  clientId: number,
  window: { from: number; to?: number },
): Promise<HistoryEntry[]> {
  const entries = new Map<string, HistoryEntry>();
  let offset = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const batch = await client.getHistory(clientId, { ...window, offset, limit: PAGE });
    if (batch.length === 0) return [...entries.values()];
    for (const entry of batch) entries.set(entry.transactionId, entry);
    offset += batch.length;
  }
  throw new LoyaltyError('too-large', 'The client has too much recent history to check a write-off against');
}

/** What the client holds right before the POST; `serverTime` is null when the server sends no Date header. */
export async function readSnapshot(
  client: LoyaltyClient,
  clientId: number,
  now: number,
): Promise<{ snapshot: Snapshot; serverTime: number | null }> {
  // The coupons give the server's time for the window; the balance comes last, so every entry the history showed is in
  // it, and so is every entry dated before its answer.
  const coupons = await client.getCoupons(clientId);
  const from = (serverTimeOf(coupons) ?? now) - HISTORY_MARGIN_MS;
  const history = await historyWithin(client, clientId, { from });
  const balance = await client.getBalance(clientId);
  const serverTime = serverTimeOf(balance);
  const snapshot: Snapshot = {
    from,
    transactionIds: history.map((entry) => entry.transactionId),
    couponIds: coupons.map((coupon) => coupon.id),
    balance: balance.map(({ currency, amount }) => ({ currency, amount })),
    // Whole seconds, as the Date header gives them: an entry dated before this second is older than the snapshot.
    ...(serverTime === null ? {} : { serverTime }),
    couponExpiry: coupons.map(({ id, expireDate }) => ({ id, expireDate })),
  };
  return { snapshot, serverTime };
}

/** One reading of the account after sending, for the evidence rules. */
export async function readAccount(client: LoyaltyClient, clientId: number, from: number): Promise<Reading> {
  const [balance, history, coupons] = await Promise.all([
    client.getBalance(clientId),
    historyWithin(client, clientId, { from }),
    client.getCoupons(clientId),
  ]);
  return { balance, history, coupons, serverTime: serverTimeOf(balance) };
}
